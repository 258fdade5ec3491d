// The version stored with every matcher result, so a saved comparison says which matcher produced it and the view
// can offer a re-run after an upgrade. The matcher ships with the package, so the package version names it.
import packageJson from '../package.json' with { type: 'json' };

/** The claimdiff version whose matcher this process runs (package.json `version`). */
export const MATCHER_VERSION: string = packageJson.version;

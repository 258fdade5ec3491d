// The 404 of /compare: says what went wrong and lists the documents a link can name.
import Link from 'next/link';
import { listSeeds } from '../../components/seed-library/read-seeds.ts';

export default async function CompareNotFound() {
  const seeds = await listSeeds().catch(() => []);
  return (
    <main id="main" className="page page--narrow">
      <p className="crumbs">
        <Link href="/">claimdiff</Link>
      </p>
      <h1>Comparison not found</h1>
      <p>
        A comparison link names two documents of the seed library: <code>/compare?report=NAME&amp;source=NAME</code>. At
        least one of the names in this link is missing or is not in the library.
      </p>
      {seeds.length > 0 && (
        <>
          <h2>Documents in the library</h2>
          <ul className="plain-list">
            {seeds.map((s) => (
              <li key={s.slug}>
                <code>{s.slug}</code> — {s.outlet} ({s.kind})
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link href="/">Start a comparison from the home page</Link>
      </p>
    </main>
  );
}

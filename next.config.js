// Next.js configuration. Telemetry is off in the scripts (NEXT_TELEMETRY_DISABLED=1): this machine kind has no internet.
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
};

export default nextConfig;

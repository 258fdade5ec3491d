import Link from 'next/link';

export default function NotFound() {
  return (
    <main id="main" className="page page--narrow">
      <p className="crumbs">
        <Link href="/">claimdiff</Link>
      </p>
      <h1>Page not found</h1>
      <p>There is no page at this address.</p>
      <p>
        <Link href="/">Go to the seed library and start a comparison</Link>
      </p>
    </main>
  );
}

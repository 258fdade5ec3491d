// Placeholder home page until the comparison UI lands (issue 3).
export default function HomePage() {
  return (
    <main>
      <h1>claimdiff</h1>
      <p>Align the statements a report carries with the source it reports on.</p>
    </main>
  );
}

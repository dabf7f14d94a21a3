import Link from "next/link";

export default function NotFound() {
  return (
    <section className="not-found">
      <h1>Page not found</h1>
      <p>There is no page at this address. The article may have been renamed or removed.</p>
      <p>
        <Link href="/">Back to all stories</Link>
      </p>
    </section>
  );
}

import type { ReactNode } from 'react';
import './status-page.css';

/** The frame for loading, error and not-found pages: a heading that takes focus, a message, a way on. */
export function StatusPage({ title, children, role }: { title: string; children?: ReactNode; role?: 'alert' }) {
  return (
    <section className="status-page" role={role} aria-labelledby="page-heading">
      <h1 id="page-heading" tabIndex={-1}>
        {title}
      </h1>
      {children}
    </section>
  );
}

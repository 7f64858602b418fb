import Link from "next/link";
import type { ReactNode } from "react";

interface Props {
  title: ReactNode;
  crumbs?: { href: string; label: string }[];
  actions?: ReactNode;
  children?: ReactNode;
}

export function PageHeader({ title, crumbs = [], actions, children }: Props) {
  return (
    <div className="mb-6">
      {crumbs.length > 0 ? (
        <nav aria-label="Breadcrumb" className="mb-2 text-sm text-slate-500">
          {crumbs.map((crumb, index) => (
            <span key={crumb.href}>
              {index > 0 ? " / " : null}
              <Link href={crumb.href}>{crumb.label}</Link>
            </span>
          ))}
        </nav>
      ) : null}
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h1 className="min-w-0 break-words text-2xl font-semibold tracking-tight">{title}</h1>
        {actions ? <div className="no-print flex flex-wrap gap-2">{actions}</div> : null}
      </div>
      {children}
    </div>
  );
}

interface ButtonLinkProps {
  href: string;
  children: ReactNode;
  variant?: "primary" | "secondary";
  /** A single key that follows this link (components/keyboard-shortcuts.tsx). */
  shortcut?: string;
}

export function ButtonLink({ href, children, variant = "primary", shortcut }: ButtonLinkProps) {
  return (
    <Link href={href} data-shortcut={shortcut} aria-keyshortcuts={shortcut} className={variant === "primary" ? "btn btn-primary" : "btn btn-secondary"}>
      {children}
    </Link>
  );
}

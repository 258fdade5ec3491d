'use client';
// The teacher's list of lesson packs: for each, the share link (what students open), edit, the printable worksheet
// and key; a teacher's own pack can be deleted after a confirmation. Shipped packs are read-only.
import Link from 'next/link';
import { useState } from 'react';
import type { PackSummary } from '../../server/types.ts';
import { ApiCallError, callApi } from '../api/call-api.ts';

export function PackList({ initial }: { initial: PackSummary[] }) {
  const [packs, setPacks] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const remove = async (pack: PackSummary) => {
    if (!window.confirm(`Delete the lesson “${pack.title}”? Its share link stops working.`)) return;
    try {
      await callApi(`/api/packs/${pack.id}`, { method: 'DELETE' });
    } catch (e) {
      if (!(e instanceof ApiCallError && e.status === 404))
        return setError(`Could not delete: ${e instanceof ApiCallError ? e.sentence : String(e)}`);
    }
    setPacks((list) => list.filter((p) => p.id !== pack.id));
    setError(null);
  };
  return (
    <>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <ul className="pack-list" data-testid="pack-list">
        {packs.map((pack) => (
          <li key={pack.id} data-pack-id={pack.id}>
            <strong>{pack.title}</strong> {pack.shipped && <span className="muted">(ships with claimdiff)</span>}
            <br />
            <span className="muted">
              {pack.reportTitle} · against {pack.sourceTitle} · {pack.exercises} exercises
            </span>
            <p className="pack-list__links">
              <Link href={`/learn/${pack.id}`}>Share link (student view)</Link>
              <Link href={`/teach/${pack.id}`}>{pack.shipped ? 'View exercises' : 'Edit'}</Link>
              <Link href={`/teach/${pack.id}/worksheet`}>Worksheet</Link>
              <Link href={`/teach/${pack.id}/key`}>Answer key</Link>
              {!pack.shipped && (
                <button type="button" className="link-button" onClick={() => void remove(pack)}>
                  Delete<span className="visually-hidden"> {pack.title}</span>
                </button>
              )}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}

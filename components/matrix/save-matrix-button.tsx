'use client';
// "Save" on a matrix: stores the source, the reports and a fresh run on the server (POST /api/matrices) and opens
// its permalink, /m/ID.
import { cleanDocument, SaveToServer, type SaveDocument } from '../saved/save-button.tsx';

export function SaveMatrixButton({ source, reports }: { source: SaveDocument; reports: SaveDocument[] }) {
  return (
    <SaveToServer
      endpoint="/api/matrices"
      body={{ source: cleanDocument(source), reports: reports.map(cleanDocument) }}
      permalink="/m/"
      label="Save matrix"
      hint="Saves the texts and this matrix under a permanent link."
      testId="matrix-save-bar"
    />
  );
}

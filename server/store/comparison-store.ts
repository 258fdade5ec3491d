// The storage interface of saved comparisons. Routes and pages use only this; it has two implementations, SQLite
// (sqlite-store.ts, the embedded default) and PostgreSQL (postgres-store.ts, for scaling out). Methods return
// promises so that an implementation over the network fits; both have committed (durably) before a write's promise
// is returned.
import type { AlignResult } from '../../lib/types.ts';
import type { MatrixRun } from '../../lib/types.ts';
import type { KeyItem, LessonPack, PackDocument } from '../../lib/teach/types.ts';
import type {
  ComparisonSummary,
  MatrixSummary,
  PackSummary,
  SavedMatrix,
  Correction,
  CorrectionInput,
  DocumentKind,
  DocumentMeta,
  NewDocument,
  SavedComparison,
  StoredDocument,
} from '../types.ts';
import type { SourceArchive } from './source-archive.ts';

export interface CreateComparisonInput {
  /** Default: the report's title, else `Untitled comparison`. */
  title?: string | null;
  report: NewDocument;
  source: NewDocument;
  /** The matcher's result for exactly these two texts (its lengths are checked against them). */
  result: AlignResult;
  /** The claimdiff version that computed `result`. */
  matcherVersion: string;
}

export interface CreateMatrixInput {
  /** Default: the source's title, else `Untitled matrix`. */
  title?: string | null;
  source: NewDocument;
  /** In column order; `result.pairs[i]` aligns `reports[i]` with `source`. */
  reports: NewDocument[];
  /** The pairwise results and the matrix for exactly these texts (their lengths are checked against them). */
  result: MatrixRun;
  /** The claimdiff version that computed `result`. */
  matcherVersion: string;
}

/** The fields of a document a user may edit; absent keys are left as they are, `null` clears a field. */
export type DocumentMetaPatch = Partial<DocumentMeta> & { kind?: DocumentKind };

export interface CreatePackInput {
  title: string;
  brief: string;
  /** The saved comparison it was made from, or null for a pasted pair. */
  comparisonId: string | null;
  report: PackDocument;
  source: PackDocument;
  /** Built from the comparison (lib/teach/build-key.ts); its spans must lie inside the texts. */
  key: KeyItem[];
  /** Ids of key items, in order. */
  exercises: string[];
}

/** What a teacher may edit; absent keys are left as they are. */
export type PackPatch = Partial<Pick<LessonPack, 'title' | 'brief' | 'exercises'>>;

export interface ListOptions {
  /** Default 200. */
  limit?: number;
  offset?: number;
}

/** The store: saved comparisons and matrices, their documents, and the source archive (source-archive.ts). */
export interface ComparisonStore extends SourceArchive {
  /** Saves both documents and the result in one transaction; returns the saved comparison with its new id. */
  createComparison(input: CreateComparisonInput): Promise<SavedComparison>;
  /** The comparison with its documents, stored result and corrections; null when there is none with that id. */
  getComparison(id: string): Promise<SavedComparison | null>;
  /** Newest first, for the home page. */
  listComparisons(options?: ListOptions): Promise<ComparisonSummary[]>;
  /** False when there is no such comparison. */
  renameComparison(id: string, title: string): Promise<boolean>;
  /** Deletes the comparison, its corrections and its own documents (never seed documents). False when absent. */
  deleteComparison(id: string): Promise<boolean>;
  /** Replaces the stored result (a re-run the user asked for). Corrections are kept. False when absent. */
  updateResult(id: string, result: AlignResult, matcherVersion: string): Promise<boolean>;
  /** Null when there is no such comparison. */
  addCorrection(comparisonId: string, correction: CorrectionInput): Promise<Correction | null>;
  /** In the order they were made; empty when the comparison has none or does not exist. */
  listCorrections(comparisonId: string): Promise<Correction[]>;
  /** False when the comparison has no such correction. */
  deleteCorrection(comparisonId: string, correctionId: string): Promise<boolean>;
  /** Saves the source, the reports and the run in one transaction; returns the saved matrix with its new id. */
  createMatrix(input: CreateMatrixInput): Promise<SavedMatrix>;
  /** The matrix with its documents and stored run; null when there is none with that id. */
  getMatrix(id: string): Promise<SavedMatrix | null>;
  /** Newest first, for the home page. */
  listMatrices(options?: ListOptions): Promise<MatrixSummary[]>;
  /** False when there is no such matrix. */
  renameMatrix(id: string, title: string): Promise<boolean>;
  /** Deletes the matrix and its own documents (never seed documents). False when absent. */
  deleteMatrix(id: string): Promise<boolean>;
  /** Saves a teacher's lesson pack; returns it with its new id. */
  createPack(input: CreatePackInput): Promise<LessonPack>;
  /** Null when there is no such pack. */
  getPack(id: string): Promise<LessonPack | null>;
  /** Newest first. */
  listPacks(options?: ListOptions): Promise<PackSummary[]>;
  /** The pack after the edit; null when there is none. Throws on an exercise id its key lacks. */
  updatePack(id: string, patch: PackPatch): Promise<LessonPack | null>;
  /** False when absent. */
  deletePack(id: string): Promise<boolean>;
  getDocument(id: string): Promise<StoredDocument | null>;
  /** Edits a document's metadata; null when there is no such document. */
  updateDocumentMeta(documentId: string, patch: DocumentMetaPatch): Promise<StoredDocument | null>;
  /** The seed documents, in the order they were loaded. */
  listSeedDocuments(): Promise<StoredDocument[]>;
  /** Adds a seed document unless one from the same file is stored already; returns whether it was added. */
  addSeedDocument(seedFile: string, document: NewDocument): Promise<boolean>;
  /** Closes the database; PostgreSQL's promise resolves once its connections are closed (SQLite's closes at once). */
  close(): void | Promise<void>;
}

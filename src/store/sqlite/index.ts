import type { Document, Lang, ResolutionEntry, ReviewEntry, ReviewState, SourceRef, Statement } from '../../model/index.js';
import type {
  Carrier,
  DocumentQuery,
  DocumentSummary,
  EventStatement,
  FactEvidence,
  FactTally,
  NewStatementsQuery,
  QuoteQuery,
  QuoteRow,
  SaveItem,
  SaveStatus,
  Store,
  StoredDocument,
  StorySize,
} from '../store.js';
import type { Delivery, DocumentStamp, SavedSearch } from '../searches.js';
import type { FetchRecord, FollowedSource, NewSource, SourceFetch, SourceFigures } from '../sources.js';
import * as assembly from './assembly.js';
import * as clusters from './clusters.js';
import { SqliteConnection } from './connection.js';
import * as documents from './documents.js';
import * as evidence from './evidence.js';
import * as review from './review.js';
import * as save from './save.js';
import * as searches from './searches.js';
import { searchQuotes } from './search.js';
import * as sources from './sources.js';
import * as statements from './statements.js';
import * as subjectCounts from './subject-counts.js';

// The embedded default: one SQLite file (see connection.ts); each method is one of the
// backend's files, the same files as the PostgreSQL backend's.
export class SqliteStore implements Store {
  private constructor(private readonly c: SqliteConnection) {}

  static open(path: string, writeLock?: Int32Array): SqliteStore {
    const connection = new SqliteConnection(path, writeLock);
    connection.migrate();
    return new SqliteStore(connection);
  }

  async saveDocument(document: Document, source: SourceRef, found: Statement[] = [], mainEvent?: string | null): Promise<SaveStatus> {
    return save.saveDocument(this.c, document, source, found, mainEvent);
  }
  async saveDocuments(batch: SaveItem[]): Promise<SaveStatus[]> {
    return save.saveDocuments(this.c, batch);
  }
  async replaceStatements(documentId: string, found: Statement[], mainEvent?: string | null): Promise<void> {
    statements.replaceStatements(this.c, documentId, found, mainEvent);
  }
  async setMainEvent(documentId: string, mainEvent: string | null): Promise<void> {
    this.c.write(() => assembly.refreshAssembly(this.c, documentId, mainEvent ?? ''));
  }
  async documentsWithoutAssembly(limit = 1000): Promise<string[]> {
    return documents.documentsWithoutAssembly(this.c, limit);
  }
  async assignMissingClusters(limit = 500): Promise<number> {
    return clusters.assignMissingClusters(this.c, limit);
  }
  async carriers(ids: string[]): Promise<Carrier[]> {
    return clusters.carriers(this.c, ids);
  }
  async factTallies(query: { declaration?: string; object?: string }): Promise<FactTally[]> {
    return assembly.factTallies(this.c, query);
  }
  async factEvidence(declaration: string, object: string, property: string, limit = 20, sample?: boolean, offset = 0): Promise<FactEvidence[]> {
    return assembly.factEvidence(this.c, declaration, object, property, limit, sample, offset);
  }
  async topEvidence(declaration: string, perTally: number, party?: string): Promise<FactEvidence[]> {
    return evidence.topEvidence(this.c, declaration, perTally, party);
  }
  async storyCarriers(ids: string[], perStory: number): Promise<Carrier[]> {
    return evidence.storyCarriers(this.c, ids, perStory);
  }
  async storySizes(ids: string[], atMost: number): Promise<StorySize[]> {
    return evidence.storySizes(this.c, ids, atMost);
  }
  async eventStatements(event: string, kinds: Statement['kind'][], limit = 100): Promise<EventStatement[]> {
    return statements.eventStatements(this.c, event, kinds, limit);
  }
  async listStatements(documentId: string): Promise<Statement[]> {
    return statements.listStatements(this.c, documentId);
  }
  async searchQuotes(query: QuoteQuery): Promise<QuoteRow[]> {
    return searchQuotes(this.c, query);
  }
  async listStatementsByKind(kinds: Statement['kind'][], limit = 1000): Promise<Statement[]> {
    return statements.listStatementsByKind(this.c, kinds, limit);
  }
  async getStatement(id: string): Promise<Statement | null> {
    return statements.getStatement(this.c, id);
  }
  async recordReview(entry: Omit<ReviewEntry, 'seq' | 'before'>): Promise<ReviewEntry> {
    return review.recordReview(this.c, entry);
  }
  async reviewLog(statementId?: string): Promise<ReviewEntry[]> {
    return review.reviewLog(this.c, statementId);
  }
  async reviewStates(statementIds: string[]): Promise<Map<string, ReviewState>> {
    return review.reviewStates(this.c, statementIds);
  }
  async findStatementsBySubject(subjects: string[], limit = 1000, offset = 0): Promise<Statement[]> {
    return statements.findStatementsBySubject(this.c, subjects, limit, offset);
  }
  async countStatementsBySubject(subjects: string[]): Promise<Record<string, number>> {
    return subjectCounts.countStatementsBySubject(this.c, subjects);
  }
  async personNames(key: string): Promise<{ name: string; lang: Lang; statements: number }[]> {
    return subjectCounts.personNames(this.c, key);
  }
  async recordResolution(entry: Omit<ResolutionEntry, 'seq'>): Promise<ResolutionEntry> {
    return review.recordResolution(this.c, entry);
  }
  async resolutionLog(): Promise<ResolutionEntry[]> {
    return review.resolutionLog(this.c);
  }
  async currentDocument(source: string, id: string): Promise<DocumentSummary | null> {
    return documents.currentDocument(this.c, source, id);
  }
  async getDocument(id: string): Promise<StoredDocument | null> {
    return documents.getDocument(this.c, id);
  }
  async findDocumentIds(prefix: string, limit = 10): Promise<string[]> {
    return documents.findDocumentIds(this.c, prefix, limit);
  }
  async listDocuments(query: DocumentQuery = {}): Promise<DocumentSummary[]> {
    return documents.listDocuments(this.c, query);
  }
  async countDocuments(query: Omit<DocumentQuery, 'limit' | 'offset' | 'order'> = {}): Promise<number> {
    return documents.countDocuments(this.c, query);
  }
  // --- saved searches (issue 13) ---
  async lastDocumentSeq(): Promise<number> {
    return searches.lastDocumentSeq(this.c);
  }
  async documentStamps(ids: string[]): Promise<Map<string, DocumentStamp>> {
    return searches.documentStamps(this.c, ids);
  }
  async newStatements(query: NewStatementsQuery): Promise<QuoteRow[]> {
    return searches.newStatements(this.c, query);
  }
  async addSearch(search: SavedSearch): Promise<void> {
    searches.addSearch(this.c, search);
  }
  async listSearches(): Promise<SavedSearch[]> {
    return searches.listSearches(this.c);
  }
  async getSearch(idOrName: string): Promise<SavedSearch | null> {
    return searches.getSearch(this.c, idOrName);
  }
  async removeSearch(id: string): Promise<boolean> {
    return searches.removeSearch(this.c, id);
  }
  async setSearchCursor(id: string, cursor: number): Promise<void> {
    searches.setSearchCursor(this.c, id, cursor);
  }
  async recordDelivery(entry: Omit<Delivery, 'seq'>): Promise<Delivery> {
    return searches.recordDelivery(this.c, entry);
  }
  async deliveryLog(searchId?: string, limit = 100): Promise<Delivery[]> {
    return searches.deliveryLog(this.c, searchId, limit);
  }
  // --- followed sources (sources.ts) ---
  async addSource(source: NewSource): Promise<FollowedSource | null> {
    return sources.addSource(this.c, source);
  }
  async listSources(): Promise<FollowedSource[]> {
    return sources.listSources(this.c);
  }
  async getSource(idOrUrl: number | string): Promise<FollowedSource | null> {
    return sources.getSource(this.c, idOrUrl);
  }
  async removeSource(id: number): Promise<boolean> {
    return sources.removeSource(this.c, id);
  }
  async setSourcePaused(id: number, paused: boolean): Promise<boolean> {
    return sources.setSourcePaused(this.c, id, paused);
  }
  async claimDueSources(now: string, worker: string, leaseSeconds: number, limit: number, anyTime = false): Promise<FollowedSource[]> {
    return sources.claimDueSources(this.c, now, worker, leaseSeconds, limit, anyTime);
  }
  async recordFetch(record: FetchRecord): Promise<void> {
    sources.recordFetch(this.c, record);
  }
  async sourceFetches(sourceId: number, limit = 20): Promise<SourceFetch[]> {
    return sources.sourceFetches(this.c, sourceId, limit);
  }
  async sourceFigures(since: string): Promise<SourceFigures[]> {
    return sources.sourceFigures(this.c, since);
  }
  async storedSourceKeys(keys: string[]): Promise<Set<string>> {
    return sources.storedSourceKeys(this.c, keys);
  }
  async close(): Promise<void> {
    this.c.db.close();
  }
}

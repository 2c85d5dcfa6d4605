import type { MergeConflict } from '../domain/matrix-merge';
import type { RoleMatrix } from '../domain/matrix';
import type { CountryVersion } from '../domain/versions';
import type { Workspace } from '../domain/workspace';
import type { RecordStore } from '../io/record-store';
import type { Slide } from './present-slice';

/** How tabs of one workspace tell each other that records changed. */
export interface SyncChannel {
  post: (message: SyncMessage) => void;
  listen: (on: (message: SyncMessage) => void) => () => void;
}
export interface SyncMessage {
  readonly from: string;
  readonly keys: readonly string[];
}
/** Runs `fn` while holding the named lock of every tab of the browser profile (Web Locks API). */
export type LockFn = <T>(name: string, fn: () => Promise<T>) => Promise<T>;
/** Checks a stored country and rebuilds it from its known fields, or says what is wrong. */
export type ValidateMatrix = (value: unknown, path: string) => { matrix: RoleMatrix } | { error: string };

/** What happened that the user should be told (the caller words it). */
export type SyncEvent =
  | {
      readonly kind: 'remote';
      readonly added: readonly string[];
      readonly changed: readonly { readonly before?: RoleMatrix; readonly after: RoleMatrix }[];
      readonly removed: readonly string[];
    }
  | { readonly kind: 'conflict-kept'; readonly matrix: RoleMatrix; readonly conflicts: readonly MergeConflict[] }
  | { readonly kind: 'overridden'; readonly matrix: RoleMatrix; readonly conflicts: readonly MergeConflict[] }
  | { readonly kind: 'revived'; readonly country: string }
  | { readonly kind: 'kept-by-other'; readonly country: string }
  | { readonly kind: 'removed-changed'; readonly country: string; readonly lost: RoleMatrix }
  | { readonly kind: 'collision'; readonly from: string; readonly to: string };

/**
 * A synchronous store that survives the page going away (localStorage in the app): when the page
 * is hidden or left, what is not yet saved is written here at once, since an IndexedDB transaction
 * begun while a page unloads may never commit. The next page of the scope takes it in.
 */
export interface SyncJournal {
  write: (key: string, text: string) => void;
  /** Every entry of this scope: [key, text]. */
  entries: () => readonly (readonly [string, string])[];
  remove: (key: string) => void;
}

export interface SyncOptions {
  readonly records: RecordStore;
  /** The scope's name, for the lock ("app" or "file:<id>"). */
  readonly scope: string;
  readonly bundled: readonly RoleMatrix[];
  readonly channel?: SyncChannel;
  readonly lock?: LockFn;
  readonly tabId?: string;
  /** Quiet time after the last change before saving, in ms (default 250). */
  readonly delayMs?: number;
  /** Longest a change waits under continuous typing, in ms (default 750). */
  readonly maxWaitMs?: number;
  readonly validate?: ValidateMatrix;
  /** Checks a stored version; without it versions are checked by shape and their matrix by `validate`. */
  readonly validateVersion?: (value: unknown, path: string) => { version: CountryVersion } | { error: string };
  readonly journal?: SyncJournal;
  readonly onError: (error: unknown) => void;
  readonly onSaved?: () => void;
  readonly onEvent?: (event: SyncEvent) => void;
}

/** What start-up found saved. */
export interface LoadedWorkspace {
  /** Whether anything was saved in this scope. */
  readonly found: boolean;
  readonly workspace: Workspace;
  readonly deck?: readonly Slide[];
  readonly selectedId?: string;
  /** The versions of countries (History). */
  readonly versions: readonly CountryVersion[];
  /** The whole-workspace save of earlier versions, when there are no records yet (to migrate). */
  readonly legacy?: unknown;
  /** Records that failed validation: moved aside under `aside:<key>`, never deleted. */
  readonly setAside: readonly { readonly key: string; readonly reason: string }[];
}

export interface WorkspaceSync {
  /** Reads what is saved (call once, before start). */
  load: () => Promise<LoadedWorkspace>;
  /** Saves every change from now on and takes in other tabs' changes; returns a stop function. */
  start: () => () => void;
  /** Saves now; resolves when written. `urgent` (the page is being hidden or left) skips the lock. */
  flush: (urgent?: boolean) => Promise<void>;
  /** Reads every record and takes in what other tabs changed (when the tab comes back into view). */
  refresh: () => Promise<void>;
}

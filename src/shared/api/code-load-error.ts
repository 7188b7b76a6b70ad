/** A page's code could not be loaded: the connection failed, or the site was updated and the old file is gone. */
export class CodeLoadError extends Error {
  /** Whether the browser was offline when it failed; if not, the file is most likely gone with a new version. */
  readonly offline: boolean;

  constructor(options: { cause: unknown; offline: boolean }) {
    super('the code of this page could not be loaded', options);
    this.name = 'CodeLoadError';
    this.offline = options.offline;
  }
}

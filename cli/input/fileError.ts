/** A usage or file problem: the command exits 2 with this message. */
export class FileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FileError";
  }
}

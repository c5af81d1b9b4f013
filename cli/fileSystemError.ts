import { existsSync } from "fs";
import * as path from "path";
import { FileError } from "./readTableFile";

/** The reason of a file-system error in the user's words, for the path the user gave (never a temp file). */
export function fileSystemReason(code: string | undefined, userPath: string, doing: "read" | "write"): string {
  const dir = path.dirname(path.resolve(userPath));
  switch (code) {
    case "ENOENT":
      if (doing === "read") return "it does not exist - check the path";
      return existsSync(dir)
        ? `the folder '${dir}' does not accept new files there - choose another folder`
        : `the folder '${dir}' does not exist - create it or choose another folder`;
    case "ENOTDIR":
      return "a part of the path is a file, not a folder";
    case "EISDIR":
      return "it is a folder, not a file - give a file name";
    case "EACCES":
    case "EPERM":
      return doing === "write" ? `no permission to write there (check the rights on '${dir}' and the file)` : "no permission to read it";
    case "EROFS":
      return "the file system is read-only - choose a folder you can write to";
    case "ENOSPC":
      return "the disk is full - free some space and run again";
    case "EDQUOT":
      return "your disk quota is used up - free some space and run again";
    case "ENAMETOOLONG":
      return "the path is too long";
    case "ELOOP":
      return "the path has a loop of symbolic links";
    case "EMFILE":
    case "ENFILE":
      return "too many files are open - close some programs and run again";
    case "EBUSY":
    case "ETXTBSY":
      return "the file is in use by another program - close it and run again";
    case "EIO":
      return "the disk reported an input/output error";
    case "EXDEV":
      return "the file cannot be moved across file systems";
    default:
      return code ? `the system refused it (${code})` : "the system refused it";
  }
}

/** True for an error thrown by Node's file-system calls (it carries an errno code such as ENOENT). */
export function isFileSystemError(e: unknown): e is NodeJS.ErrnoException {
  return (
    e instanceof Error && typeof (e as NodeJS.ErrnoException).code === "string" && /^E[A-Z]+$/.test((e as NodeJS.ErrnoException).code!)
  );
}

/** A one-line FileError naming the user's path and the reason; other errors pass through unchanged. */
export function toFileError(e: unknown, userPath: string, doing: "read" | "write", what = doing === "write" ? "write" : "read"): unknown {
  if (e instanceof FileError || !isFileSystemError(e)) return e;
  return new FileError(`Cannot ${what} '${userPath}': ${fileSystemReason(e.code, userPath, doing)}`);
}

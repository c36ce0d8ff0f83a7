// For tests: a disk that is full. New files can still be created, but writing a byte into one fails with
// ENOSPC, as the kernel does when the blocks run out (and leaves the new file behind, empty). Patches the
// node:fs promises API that core's file modules call, for paths that `matches` accepts; restore() undoes it.
import { promises } from "node:fs";
import { vi } from "vitest";

export function failFileWrites(matches: (path: string) => boolean = () => true): { restore(): void } {
  const realOpen = promises.open.bind(promises);
  const realWriteFile = promises.writeFile.bind(promises);
  const full = (path: string) => Object.assign(new Error(`ENOSPC: no space left on device, write`), { code: "ENOSPC", errno: -28, syscall: "write", path });
  const open = vi.spyOn(promises, "open").mockImplementation(async (path, flags, mode) => {
    const handle = await realOpen(path, flags, mode);
    if (matches(String(path))) {
      const fail = async (): Promise<never> => {
        throw full(String(path));
      };
      Object.assign(handle, { writeFile: fail, write: fail, appendFile: fail });
    }
    return handle;
  });
  const writeFile = vi.spyOn(promises, "writeFile").mockImplementation(async (path, data, options) => {
    if (!matches(String(path))) return realWriteFile(path, data, options);
    await realWriteFile(path, "", options); // opened (and created) before the first write fails
    throw full(String(path));
  });
  return {
    restore() {
      open.mockRestore();
      writeFile.mockRestore();
    },
  };
}

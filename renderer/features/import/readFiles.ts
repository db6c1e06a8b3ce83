/** A dropped or chosen file as the import methods take it: its name and its bytes in base64. */
export async function asImportFile(file: File): Promise<{ name: string; base64: string }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  // btoa takes a binary string; built in slices so that a big file does not overflow the stack.
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { name: file.name, base64: btoa(binary) };
}

/**
 * Repairs UTF-8 text that was once decoded as Windows-1252 ("UniversitÃ©" -> "Université",
 * "ðŸ¤—" -> "🤗"). Only runs of characters that spell a valid UTF-8 multi-byte sequence in
 * Windows-1252 are replaced, so text that is already correct ("Université", "—") is left alone.
 */

// Windows-1252 puts these characters on bytes 0x80-0x9F; every other byte maps to the same code point.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const byteOfChar = new Map<string, number>();
for (let byte = 0; byte < 256; byte++) {
  const char = byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80]! : String.fromCharCode(byte);
  byteOfChar.set(char, byte);
}

/** How many continuation bytes a UTF-8 lead byte announces, or 0 if it is not a lead byte. */
function continuationCount(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 1;
  if (lead >= 0xe0 && lead <= 0xef) return 2;
  if (lead >= 0xf0 && lead <= 0xf4) return 3;
  return 0;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export function repairMojibake(text: string): string {
  const chars = [...text];
  let out = '';
  for (let i = 0; i < chars.length; ) {
    const lead = byteOfChar.get(chars[i]!);
    const count = lead === undefined ? 0 : continuationCount(lead);
    if (count > 0) {
      const bytes = [lead!];
      for (let k = 1; k <= count; k++) {
        const next = byteOfChar.get(chars[i + k] ?? '');
        if (next === undefined || next < 0x80 || next > 0xbf) break;
        bytes.push(next);
      }
      if (bytes.length === count + 1) {
        try {
          out += strictUtf8.decode(Uint8Array.from(bytes));
          i += count + 1;
          continue;
        } catch {
          // Overlong or surrogate sequence: not mojibake, keep the characters as they are.
        }
      }
    }
    out += chars[i];
    i += 1;
  }
  return out;
}

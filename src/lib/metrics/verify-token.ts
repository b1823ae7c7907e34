/**
 * Whether a model-index metric carries a verification token in the shape the Hub's evaluation service
 * writes, because a card's own `verified: true` is written by the card's owner and proves nothing.
 *
 * What the Hub provides (hub-docs modelcard.md and eval-results.md, huggingface_hub's `EvalResult`):
 * `verified` is "automatically computed by Hugging Face, do not set"; `verifyToken` is "a JSON Web Token
 * that is used to verify whether the metrics originate from Hugging Face's evaluation service", added to
 * cards by the autoevaluator bot. Its tokens are EdDSA-signed JWTs: header `{"alg":"EdDSA","typ":"JWT"}`,
 * payload `{"hash":"<64 hex digits>","version":1}`, a 64-byte Ed25519 signature. The Hub checks them
 * itself; it publishes neither its public key nor what the hash is taken over, and the payload names
 * neither the model nor the value. So this module decodes and checks the shape only, never trusting it:
 * a well-formed token is "present", not "verified" — anyone can write one, or copy one from another
 * card — and the pages word it that way. The Hub's own model page shows what it verified.
 */
import { z } from 'zod';

/** Real tokens are about 250 characters; anything far longer is no token and is not decoded. */
const MAX_TOKEN_LENGTH = 1_000;
const ED25519_SIGNATURE_BYTES = 64;
const BASE64URL = /^[\w-]+$/;

const headerSchema = z.object({ alg: z.literal('EdDSA'), typ: z.literal('JWT') });
const payloadSchema = z.object({ hash: z.string().regex(/^[0-9a-f]{64}$/), version: z.int().positive() });

const decodedJson = (part: string): unknown => {
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
};

/** A string in the shape of the Hub's evaluation tokens (its signature not checked: see above). */
export function isHubVerifyToken(token: unknown): token is string {
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) return false;
  const parts = token.split('.');
  if (parts.length !== 3 || !parts.every((part) => BASE64URL.test(part))) return false;
  const [header, payload, signature] = parts as [string, string, string];
  return (
    Buffer.from(signature, 'base64url').length === ED25519_SIGNATURE_BYTES &&
    headerSchema.safeParse(decodedJson(header)).success &&
    payloadSchema.safeParse(decodedJson(payload)).success
  );
}

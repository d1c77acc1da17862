/**
 * mammoth behind its own lazy chunk. Imported directly, the chunk takes the name of mammoth's entry file
 * (`lib-….js`), too generic for the security scan's allowlist to name safely (security/ allowlist).
 */
export { default as mammoth } from 'mammoth';

/** Types of the ESM builds of the W3C and security context packages (they ship none). */
declare module 'credentials-context/dist/context.esm.js' {
  /** The W3C credentials v1 context, by its URL. */
  export const contexts: Map<string, object>;
}
declare module 'security-context/dist/module.js' {
  /** The security v1 and v2 contexts, by their URLs. */
  export const contexts: Map<string, object>;
}

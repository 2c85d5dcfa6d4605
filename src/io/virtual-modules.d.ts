/** The bundled countries, read from datasets/*.csv at build time: a JSON array of RoleMatrix. */
declare module 'virtual:x1060-bundled-matrices' {
  const json: string;
  export default json;
}

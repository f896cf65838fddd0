const HTTP_METHODS: readonly string[] = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE', 'PATCH'];

const HTTP_METHOD_SET = new Set(HTTP_METHODS);

// @perfmod-check unknownMethods(g.array(g.oneof(g.constant('GET'), g.constant('PATCH'), g.constant('FETCH'), g.str())))
export function unknownMethods(methods: string[]): string[] {
  return methods.filter((method) => !HTTP_METHOD_SET.has(method.toUpperCase()));
}

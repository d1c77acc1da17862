/** Scalar functions of the rule language: conditionals, arithmetic helpers and emptiness. */
import type { CompiledPart } from './compile-scope';
import { compileArgs, numeric, sigOf, type FunctionEntry } from './function-entry';
import { isMissing, isTrue, toNumber } from './rule-values';

export const SCALAR_FUNCTIONS: readonly FunctionEntry[] = [
  {
    name: 'if',
    aliases: ['如果'],
    arity: [3, 3],
    compile(node, scope) {
      const [c, a, b] = compileArgs(node, scope) as [CompiledPart, CompiledPart, CompiledPart];
      return { fn: (env) => (isTrue(c.fn(env)) ? a.fn(env) : b.fn(env)), sig: sigOf('if', [c, a, b]) };
    },
  },
  {
    name: 'abs',
    aliases: ['绝对值'],
    arity: [1, 1],
    compile(node, scope) {
      const [x] = compileArgs(node, scope) as [CompiledPart];
      return {
        fn: (env) => {
          const n = numeric(env, x.fn(env));
          return n === null ? null : Math.abs(n);
        },
        sig: sigOf('abs', [x]),
      };
    },
  },
  {
    name: 'round',
    aliases: ['四舍五入'],
    arity: [1, 2],
    compile(node, scope) {
      const [x, d] = compileArgs(node, scope) as [CompiledPart, CompiledPart | undefined];
      return {
        fn: (env) => {
          const n = numeric(env, x.fn(env));
          const digits = d === undefined ? 0 : toNumber(d.fn(env));
          if (n === null || digits === null || digits < 0 || digits > 10) return null;
          const f = 10 ** Math.trunc(digits);
          return Math.round((n + Number.EPSILON * Math.sign(n)) * f) / f;
        },
        sig: sigOf('round', d === undefined ? [x] : [x, d]),
      };
    },
  },
  {
    name: 'isEmpty',
    aliases: ['为空', 'isnull'],
    arity: [1, 1],
    compile(node, scope) {
      const [x] = compileArgs(node, scope) as [CompiledPart];
      // Asking whether a value is empty must not itself make the rule skip for a missing value.
      return {
        fn: (env) => {
          const m = env.missing;
          const v = x.fn(env);
          env.missing = m;
          return isMissing(v);
        },
        sig: sigOf('isEmpty', [x]),
      };
    },
  },
  {
    name: 'len',
    aliases: ['长度'],
    arity: [1, 1],
    compile(node, scope) {
      const [x] = compileArgs(node, scope) as [CompiledPart];
      return {
        fn: (env) => {
          const v = x.fn(env);
          return isMissing(v) ? null : [...String(v)].length;
        },
        sig: sigOf('len', [x]),
      };
    },
  },
  {
    name: 'coalesce',
    aliases: ['firstnonnull'],
    arity: [1, 20],
    compile(node, scope) {
      const parts = compileArgs(node, scope);
      return {
        fn: (env) => {
          const m = env.missing;
          for (const p of parts) {
            const v = p.fn(env);
            if (!isMissing(v)) {
              env.missing = m;
              return v;
            }
          }
          return null;
        },
        sig: sigOf('coalesce', parts),
      };
    },
  },
];

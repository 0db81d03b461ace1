import { describe, expect, test } from 'vitest';
import { shellQuote } from './shellQuote';

describe('shell quoting', () => {
  test('plain words, registries and versions stay bare', () => {
    expect(shellQuote('catalyst')).toBe('catalyst');
    expect(shellQuote('oci://public.ecr.aws/diagrid/catalyst')).toBe('oci://public.ecr.aws/diagrid/catalyst');
    expect(shellQuote('1.28.0')).toBe('1.28.0');
    expect(shellQuote('tls.crt=./tls.crt')).toBe('tls.crt=./tls.crt');
  });

  test('spaces, $, backticks, double quotes and newlines are single-quoted so nothing expands', () => {
    expect(shellQuote('my region')).toBe("'my region'");
    expect(shellQuote('$HOME')).toBe("'$HOME'");
    expect(shellQuote('`rm -rf /`')).toBe("'`rm -rf /`'");
    expect(shellQuote('say "hi"')).toBe(`'say "hi"'`);
    expect(shellQuote('line1\nline2')).toBe("'line1\nline2'");
    expect(shellQuote('<region-name>')).toBe("'<region-name>'");
  });

  test("a single quote is closed, escaped and reopened: it's → 'it'\\''s'", () => {
    expect(shellQuote("it's")).toBe("'it'\\''s'");
    expect(shellQuote("''")).toBe("''\\'''\\'''");
  });

  test('the empty string is an explicit empty argument', () => {
    expect(shellQuote('')).toBe("''");
  });

  test('unicode and a leading = or ~ are quoted', () => {
    expect(shellQuote('région-européenne')).toBe("'région-européenne'");
    expect(shellQuote('=cmd')).toBe("'=cmd'");
    expect(shellQuote('~/certs')).toBe("'~/certs'");
  });
});

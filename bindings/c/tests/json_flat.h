/* A strict reader for the flat JSON objects the library writes (response bodies,
 * journal records): `{"key":"value",...}`, string values only, no whitespace.
 * Independent of the library, so the tests check its output against the JSON
 * grammar rather than against itself. Rejects raw control characters, invalid
 * UTF-8, bad escapes and lone surrogates. */
#ifndef AWS_ERROR_JSON_FLAT_H
#define AWS_ERROR_JSON_FLAT_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { JSON_FLAT_MAX = 16 };

typedef struct {
  char *key[JSON_FLAT_MAX];
  char *val[JSON_FLAT_MAX]; /* decoded UTF-8, NUL-terminated */
  int n;
} JsonFlat;

/* Length of the valid UTF-8 sequence at s (at most `left` bytes), 0 if invalid. */
static size_t json_utf8_len(const unsigned char *s, size_t left) {
  unsigned char c = s[0];
  if (c < 0x80) return 1;
  size_t n;
  uint32_t cp;
  if (c >= 0xc2 && c <= 0xdf) n = 2, cp = c & 0x1f;
  else if (c >= 0xe0 && c <= 0xef) n = 3, cp = c & 0x0f;
  else if (c >= 0xf0 && c <= 0xf4) n = 4, cp = c & 0x07;
  else return 0;
  if (left < n) return 0;
  for (size_t i = 1; i < n; i++) {
    if ((s[i] & 0xc0) != 0x80) return 0;
    cp = cp << 6 | (s[i] & 0x3f);
  }
  static const uint32_t min[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < min[n] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
  return n;
}

static size_t json_put_utf8(char *out, uint32_t cp) {
  if (cp < 0x80) { out[0] = (char)cp; return 1; }
  if (cp < 0x800) {
    out[0] = (char)(0xc0 | cp >> 6); out[1] = (char)(0x80 | (cp & 0x3f)); return 2;
  }
  if (cp < 0x10000) {
    out[0] = (char)(0xe0 | cp >> 12); out[1] = (char)(0x80 | (cp >> 6 & 0x3f));
    out[2] = (char)(0x80 | (cp & 0x3f)); return 3;
  }
  out[0] = (char)(0xf0 | cp >> 18); out[1] = (char)(0x80 | (cp >> 12 & 0x3f));
  out[2] = (char)(0x80 | (cp >> 6 & 0x3f)); out[3] = (char)(0x80 | (cp & 0x3f));
  return 4;
}

static int json_hex4(const char *p, const char *end, uint32_t *out) {
  if (end - p < 4) return -1;
  uint32_t v = 0;
  for (int i = 0; i < 4; i++) {
    char c = p[i];
    v <<= 4;
    if (c >= '0' && c <= '9') v |= (uint32_t)(c - '0');
    else if (c >= 'a' && c <= 'f') v |= (uint32_t)(c - 'a' + 10);
    else if (c >= 'A' && c <= 'F') v |= (uint32_t)(c - 'A' + 10);
    else return -1;
  }
  *out = v;
  return 0;
}

/* Decodes the string starting at *p (on its opening quote); advances past it. */
static char *json_string(const char **p, const char *end) {
  const char *s = *p;
  if (s >= end || *s != '"') return NULL;
  s++;
  char *out = malloc((size_t)(end - s) + 1); /* decoding never grows the text */
  if (out == NULL) return NULL;
  size_t o = 0;
  while (s < end && *s != '"') {
    unsigned char c = (unsigned char)*s;
    if (c < 0x20) goto bad; /* raw control characters are not JSON */
    if (c != '\\') {
      size_t n = json_utf8_len((const unsigned char *)s, (size_t)(end - s));
      if (n == 0) goto bad;
      memcpy(out + o, s, n);
      o += n, s += n;
      continue;
    }
    if (++s >= end) goto bad;
    uint32_t cp;
    switch (*s++) {
      case '"': out[o++] = '"'; break;
      case '\\': out[o++] = '\\'; break;
      case '/': out[o++] = '/'; break;
      case 'b': out[o++] = '\b'; break;
      case 'f': out[o++] = '\f'; break;
      case 'n': out[o++] = '\n'; break;
      case 'r': out[o++] = '\r'; break;
      case 't': out[o++] = '\t'; break;
      case 'u':
        if (json_hex4(s, end, &cp)) goto bad;
        s += 4;
        if (cp >= 0xdc00 && cp <= 0xdfff) goto bad;
        if (cp >= 0xd800 && cp <= 0xdbff) {
          uint32_t lo;
          if (end - s < 6 || s[0] != '\\' || s[1] != 'u' || json_hex4(s + 2, end, &lo) ||
              lo < 0xdc00 || lo > 0xdfff)
            goto bad;
          s += 6;
          cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
        }
        o += json_put_utf8(out + o, cp);
        break;
      default: goto bad;
    }
  }
  if (s >= end) goto bad;
  out[o] = '\0';
  *p = s + 1;
  return out;
bad:
  free(out);
  return NULL;
}

static void json_flat_free(JsonFlat *o) {
  for (int i = 0; i < o->n; i++) free(o->key[i]), free(o->val[i]);
  o->n = 0;
}

/* Parses exactly `len` bytes as one flat object; 0, or -1 (nothing to free). */
static int json_flat_parse(const char *s, size_t len, JsonFlat *o) {
  const char *p = s, *end = s + len;
  o->n = 0;
  if (p >= end || *p++ != '{') return -1;
  if (p < end && *p == '}') return p + 1 == end ? 0 : -1;
  for (;;) {
    if (o->n == JSON_FLAT_MAX) goto bad;
    char *k = json_string(&p, end);
    if (k == NULL) goto bad;
    if (p >= end || *p++ != ':') { free(k); goto bad; }
    char *v = json_string(&p, end);
    if (v == NULL) { free(k); goto bad; }
    for (int i = 0; i < o->n; i++)
      if (strcmp(o->key[i], k) == 0) { free(k), free(v); goto bad; } /* duplicate key */
    o->key[o->n] = k, o->val[o->n] = v, o->n++;
    if (p >= end) goto bad;
    if (*p == ',') { p++; continue; }
    if (*p == '}' && p + 1 == end) return 0;
    goto bad;
  }
bad:
  json_flat_free(o);
  return -1;
}

/* The decoded value of `key`, or NULL. */
static const char *json_get(const JsonFlat *o, const char *key) {
  for (int i = 0; i < o->n; i++)
    if (strcmp(o->key[i], key) == 0) return o->val[i];
  return NULL;
}

#endif

import assert from 'node:assert/strict';
import type { Element } from 'domhandler';
import { describe, it } from 'node:test';
import { furnitureKind } from './furniture-kind.ts';

const el = (attribs: Record<string, string>, name = 'div'): Element =>
  ({ name, attribs }) as unknown as Element;

describe('furnitureKind', () => {
  it('reads the kind from class and id words, however they are joined', () => {
    assert.equal(furnitureKind(el({ class: 'post-share_buttons' })), 'share');
    assert.equal(furnitureKind(el({ class: 'relatedArticles' })), 'related');
    assert.equal(furnitureKind(el({ id: 'disqus_thread' })), 'comments');
    assert.equal(furnitureKind(el({ class: 'ad-slot' })), 'ad');
    assert.equal(furnitureKind(el({ class: 'c-newsletter-signup' })), 'subscribe');
    assert.equal(furnitureKind(el({ class: 'wp-caption-text' })), 'caption');
    assert.equal(furnitureKind(el({ class: 'sr-only' })), 'hidden');
    assert.equal(furnitureKind(el({ class: 'read-more-links' })), 'related');
  });

  it('reads ARIA roles', () => {
    assert.equal(furnitureKind(el({ role: 'navigation' })), 'navigation');
    assert.equal(furnitureKind(el({ role: 'complementary' })), 'sidebar');
  });

  it('does not take parts of words, descriptive classes, responsive or styling classes for furniture', () => {
    for (const cls of [
      'shadow-box',
      'category-share tag-comments has-sidebar',
      'hidden-xs',
      'header-content-align-left',
      'article-body',
      'entry-content',
      'loaded',
    ]) {
      assert.equal(furnitureKind(el({ class: cls })), undefined, cls);
    }
  });
});

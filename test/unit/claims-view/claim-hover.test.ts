import * as assert from 'node:assert/strict';
import { buildClaimHover, CLAIM_HOVER_COMMANDS } from '../../../src/core/claims-view/claim-hover';
import type { AnchoredAnnotation } from '../../../src/core/sidecar/reanchor';

function anchored(extra: Partial<AnchoredAnnotation['annotation']>, status: AnchoredAnnotation['status'] = 'unverified'): AnchoredAnnotation {
  return {
    annotation: { id: 'k3f9q2', label: 'claim', status: 'unverified', quote: 'ceded three districts', sources: [], tags: [], line: 1, column: 1, ...extra },
    result: { anchor: 'exact', start: 10, end: 31 } as AnchoredAnnotation['result'],
    status,
  };
}

const links = (md: string) => [...md.matchAll(/\]\((command:[^?)]+)/gu)].map((m) => m[1]);

describe('claim hover card', () => {
  it('shows label, status and note, and links only to the claim commands', () => {
    const md = buildClaimHover({ claim: anchored({ note: 'Check the map.\nSecond line.' }), currentText: 'ceded three districts', articleUri: 'file:///a.txt' });
    assert.match(md, /\*\*claim\*\* · unverified/u);
    assert.match(md, /Check the map\\\.  \nSecond line\\\./u);
    assert.deepEqual(links(md).sort(), Object.values(CLAIM_HOVER_COMMANDS).map((c) => `command:${c}`).sort());
    assert.match(md, /Edit note/u);
  });

  it('escapes sidecar text so no link, image or command from a file renders', () => {
    const md = buildClaimHover({
      claim: anchored({ note: '[click](command:workbench.action.terminal.new) ![x](http://e/x.png) <b>hi</b>', speaker: '$(alert) [x](http://e)', sources: ['https://example.com/a_(b)'] }),
      currentText: 'ceded three districts',
      articleUri: 'file:///a.txt',
    });
    assert.deepEqual(links(md).filter((l) => !Object.values(CLAIM_HOVER_COMMANDS).some((c) => l === `command:${c}`)), []);
    assert.ok(!/(?<!\\)\[click\]/u.test(md));
    assert.ok(!md.includes('<b>'));
    assert.ok(md.includes('\\$\\(alert\\)') || md.includes('\\\\$\\(alert'));
  });

  it('shows the old and the new words of a verified claim whose words changed', () => {
    const md = buildClaimHover({ claim: anchored({ status: 'verified' }, 'needs-recheck'), currentText: 'ceded two districts', articleUri: 'file:///a.txt' });
    assert.match(md, /needs\\-recheck \(was verified\)/u);
    assert.match(md, /Quoted: “ceded three districts”/u);
    assert.match(md, /Now: “ceded two districts”/u);
  });

  it('says nothing about changes when the words are the same', () => {
    const md = buildClaimHover({ claim: anchored({}), currentText: 'ceded three districts', articleUri: 'file:///a.txt' });
    assert.ok(!md.includes('changed'));
    assert.match(md, /Add note/u);
  });
});

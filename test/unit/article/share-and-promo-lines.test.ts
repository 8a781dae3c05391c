import * as assert from 'node:assert/strict';
import { isBoilerplateLine } from '../../../src/core/article/line-patterns';
import { parseArticle } from '../../../src/core/article/parse-article';

describe('share buttons and promotions of the outlet', () => {
  it('takes a row of share buttons as furniture, with or without a "Share" label', () => {
    for (const line of ['Share: Facebook | X | WhatsApp | Telegram', 'Facebook · X · Email', 'SHARE THIS ARTICLE: Twitter, LinkedIn, Copy link', 'Follow: Instagram / TikTok / YouTube', '**Share:** Facebook · X · WhatsApp', '**Share this:** Facebook · X · Email', '*Share*: Facebook | X']) assert.ok(isBoilerplateLine(line), line);
  });

  it('takes a column of share buttons of Chinese, Korean and Russian networks as furniture, one per line', () => {
    const text = ['Ningbo port operator lifts dividend', '', 'By Chen Lu', '3 Feb 2026', '', 'Share', 'WeChat', 'Weibo', 'KakaoTalk', 'VK', 'Email', '', 'Ningbo Harbour Group raised its dividend on Monday.', ''].join('\n');
    const searched = parseArticle(text, 'ningbo.txt').searchable.map((r) => text.slice(r.start, r.end)).join('\n');
    for (const button of ['WeChat', 'Weibo', 'KakaoTalk', 'VK']) assert.ok(!searched.includes(button), button);
    assert.ok(searched.includes('Ningbo Harbour Group'));
    assert.ok(isBoilerplateLine('Share: WeChat | Weibo | Email'));
  });

  it("takes an invitation to the outlet's channel as furniture", () => {
    assert.ok(isBoilerplateLine('Join The Harbour Gazette channel on WhatsApp for breaking news.'));
    assert.ok(isBoilerplateLine('Follow the Valley Echo page on Facebook'));
  });

  it('takes a promotion opened by a pictograph as furniture', () => {
    for (const line of ['📬 Get the Harbour Gazette in your inbox', '📱 Download our app for live scores', '🔔 Sign up for breaking news alerts']) assert.ok(isBoilerplateLine(line), line);
  });

  it('keeps sentences about the networks, channels and pictographs of the story', () => {
    for (const line of [
      'Facebook and X said they had removed the posts.',
      'Share prices in Facebook, X and Telegram fell.',
      'Protesters joined a channel on Telegram run by the Harbour Defence Group to coordinate.',
      '⚠️ Flood warning issued for the Tamar estuary',
      'The minister asked voters to join the debate on X.',
    ]) assert.ok(!isBoilerplateLine(line), line);
  });

  it('leaves the outlet named in those lines unsearched (CRLF)', () => {
    const text = ['Harbour board approves ferry terminal', '', 'By Elin Varga', '12 May 2026', '', 'Share: Facebook | X | WhatsApp', '', 'The harbour board in Tromsø approved the terminal on Tuesday.', '', 'Join The Harbour Gazette channel on WhatsApp for breaking news.', '', '📬 Get the Harbour Gazette in your inbox', ''].join('\r\n');
    const a = parseArticle(text, 'ferry.txt');
    const searched = a.searchable.map((r) => text.slice(r.start, r.end)).join('\n');
    assert.ok(!searched.includes('Gazette'));
    assert.ok(!searched.includes('WhatsApp'));
    assert.ok(searched.includes('Tromsø'));
  });
});

import type { Analysis } from '../../domain/analysis.ts';
import type { Attribution } from '../../domain/attribution.ts';
import type { Stage } from '../stage.ts';

/**
 * Where something was said, named in the attribution's sentence: "On social media,
 * Kadyrov insisted", "wrote on her Telegram channel", "said in a statement", "in an
 * interview with ...". A sentence that names only a channel and a speaker ("The Chechen
 * leader used his newly-launched Telegram channel to make the claims") gives it to that
 * speaker's statements before it that have none. Addressees come from "told X".
 */
const CHANNEL = /\b(?:on|via|in|through)\s+(?:(?:his|her|their|its|an?|the)\s+)?(?:(?:newly-launched|official|personal|own|verified)\s+)?(social media|telegram|twitter|facebook|instagram|youtube|tiktok|vkontakte|whatsapp|weibo|wechat|linkedin|truth social|bluesky|reddit|state television|television|radio|a statement|a press conference|a news conference|an interview|a blog post|a tweet|a post|a video|a letter|a speech)\b/i;
const CHANNELS = new RegExp(CHANNEL.source, 'gi');
const PLATFORMS = ['Telegram', 'Twitter', 'Facebook', 'Instagram', 'YouTube', 'TikTok', 'VKontakte', 'WhatsApp', 'Weibo', 'WeChat', 'LinkedIn', 'Truth Social', 'Bluesky', 'Reddit'];
const USED = /\bused\s+(?:his|her|their|its|the)\s+(?:[\w-]+\s+)?(Telegram|Twitter|Facebook|Instagram|YouTube|TikTok|VKontakte|WhatsApp|Weibo|social media)\b/;

export const channels: Stage = {
  name: 'channels',
  run(input): Analysis {
    const text = input.doc.text;
    const sentenceOf = (pos: number): { start: number; end: number } | undefined => input.sentences.find((s) => s.start <= pos && pos < s.end);
    const out: Attribution[] = input.attributions.map((a) => {
      const s = sentenceOf(a.cue?.start ?? a.content.start);
      if (!s) return a;
      const outside = text.slice(s.start, a.content.start) + ' ' + text.slice(a.content.end, s.end);
      // a platform or "social media" beats a kind of message: "In a post on social media"
      const all = [...outside.matchAll(CHANNELS)];
      const m = all.find((x) => !/^(an?\s+)?(statement|press conference|news conference|interview|blog post|tweet|post|video|letter|speech)$/i.test(x[1] ?? '')) ?? all[0];
      const addressee = a.cueLemma === 'tell' && a.cue ? /^\s+((?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)/.exec(text.slice(a.cue.end, s.end))?.[1]?.replace(/[.,]+$/, '') : undefined;
      const raw = m?.[1]?.replace(/^(an?|the)\s+/i, '');
      // platforms keep their own capitals: "telegram" → "Telegram"; kinds of channel stay lower case
      const channel = raw && /^(social media|state television|television|radio|statement|press conference|news conference|interview|blog post|tweet|post|video|letter|speech)$/i.test(raw) ? raw.toLowerCase() : raw ? (PLATFORMS.find((p) => p.toLowerCase() === raw.toLowerCase()) ?? raw) : undefined;
      return { ...a, ...(channel ? { channel } : {}), ...(addressee ? { addressee } : {}) };
    });
    for (const s of input.sentences) {
      const m = USED.exec(text.slice(s.start, s.end));
      if (!m?.[1]) continue;
      const subject = input.mentions.find((x) => x.start >= s.start && x.end <= s.end && x.entity !== undefined);
      if (!subject) continue;
      for (let i = 0; i < out.length; i++) {
        const a = out[i] as Attribution;
        // only the speaker's statements just before, that name no channel or addressee of their own
        if (a.content.start < s.start && s.start - a.content.start < 1500 && a.entity === subject.entity && !a.channel && !a.addressee) out[i] = { ...a, channel: m[1] };
      }
    }
    return { ...input, attributions: out };
  },
};

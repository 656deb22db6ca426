#pragma once

#include "wordtable.h"

namespace veille::wordtraits {

// A word's roles as a modifier of the words after it.
enum Role : quint8 { Booster = 1, Damper = 2, Negator = 4, Contrast = 8 };

// Laughter and exclamations of slang: like an emoji, the writer's mood ("pas lol").
constexpr quint32 kInterjection = 1 << 10;
// A booster only for the word right after it: French "si" insists in "si bon", and is the "if"
// of a condition further away ("si vous aimez les polars").
constexpr quint32 kNextWordOnly = 1 << 11;
// Says that something works or is advised ("fonctionne", "working", "recommend"): in a
// question it asks, it does not praise ("l'appli fonctionne ?", "vous conseillez quoi ?").
constexpr quint32 kWorking = 1 << 12;
// What a customer claims ("refund", "remboursement"): it weighs against when asked for, and
// no less when denied; a negation does not turn it to praise ("je n'ai pas eu de
// remboursement", "I didn't get a refund").
constexpr quint32 kClaim = 1 << 13;
// Concedes what follows in its clause ("malgré", "despite", the "spite" of "in spite of").
constexpr quint32 kConcession = 1 << 14;
// Hours, days, weeks, months: the unit of a wait ("trois semaines pour une réponse").
constexpr quint32 kWaitUnit = 1 << 15;
// A word of quantity ("a single", "le moindre", "any") and an article: a negation reaches
// past them ("never had a single issue").
constexpr quint32 kQuantity = 1 << 16;
constexpr quint32 kArticle = 1 << 17;

// What a folded word is besides its valence, in one table so that it is looked up once: its
// roles as a modifier in French (bits 0-3, see Role) and in English (bits 4-7), whether it
// is a function word of French or English (bits 8 and 9, see languagedetector), whether it
// is an interjection (bit 10), whether it boosts only the next word (bit 11), and whether it
// says that something works (bit 12), what a customer claims (bit 13), concedes (bit 14), is a unit
// of a wait (bit 15), a word of quantity (bit 16) or an article (bit 17).
const WordTable<quint32> &table();

} // namespace veille::wordtraits

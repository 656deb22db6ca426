// Finding a word's value when the lexicon does not hold it as written (inflected forms:
// agreement, plural, tense; negative prefixes), and remembering what was found of each word.
#include "sentimentscorer.h"

#include "wordfacts.h"
#include "wordtraits.h"

#include <algorithm>
#include <cmath>
#include <span>
#include <vector>

namespace veille {

namespace {

// Whether a word ends with a literal ending, compared in place (QStringView::endsWith goes
// through a general comparison, called for every ending of every word not in the lexicon).
template <size_t N> bool endsWith(QStringView word, const char16_t (&ending)[N]) {
    constexpr qsizetype n = N - 1;
    if (word.size() < n)
        return false;
    const QChar *tail = word.data() + word.size() - n;
    for (qsizetype k = 0; k < n; ++k)
        if (tail[k].unicode() != ending[k])
            return false;
    return true;
}

// The same for an ending known only at run time, compared from the last letter, where most
// endings tried differ.
bool hasEnding(QStringView word, QStringView ending) {
    if (word.size() < ending.size())
        return false;
    const char16_t *a = word.utf16() + word.size();
    const char16_t *b = ending.utf16() + ending.size();
    for (qsizetype k = 0; k < ending.size(); ++k)
        if (*--a != *--b)
            return false;
    return true;
}

bool startsWith(QStringView word, QStringView head) {
    return word.size() >= head.size() && std::equal(head.begin(), head.end(), word.begin());
}

// French verbs are listed in a few forms (the infinitive, the present, the participle); the
// other tenses are found through them: "j'adorais", "ils adoreront", "on en bénéficiera",
// "l'appli plantait", "ça me ravissait". A first-group ending leads to the stem with -e and
// with -er, a second-group one to the stem with -ir and -i ("ravi"). The endings are folded
// (é is e), grouped by their last letter (most words are tried against none or a few of them)
// and longest first; the stem keeps three letters ("sera", "mais", "chez" are no verbs of a
// lexicon). The present's -ons and the imperfect's -ions are left out: far more often the
// plural of a noun ("bouchons", "rayons", "corrections" would be read as boucher, rayer,
// correcte). Tried after the agreement rules, so only for words they did not find.
template <typename Try> bool conjugatedForm(QStringView w, Try &&tryForm) {
    struct Ending {
        QStringView text;
        bool withE; // stem + e was not already tried by the agreement rules
    };
    struct Endings {
        char16_t last;
        std::span<const Ending> first;
        std::span<const QStringView> second;
    };
    static constexpr Ending firstS[] = {{u"erions", true}, {u"erais", true}, {u"erons", true},
                                        {u"eras", true},   {u"ais", true},   {u"ees", false},
                                        {u"es", false}};
    static constexpr QStringView secondS[] = {u"issions", u"issais", u"issons", u"irions", u"irais",
                                              u"irons",   u"iras",   u"ies",    u"is"};
    static constexpr Ending firstT[] = {{u"eraient", true}, {u"erait", true}, {u"eront", true},
                                        {u"aient", true},   {u"ait", true},   {u"ent", false}};
    static constexpr QStringView secondT[] = {u"issaient", u"issait", u"issent", u"iraient",
                                              u"irait",    u"iront",  u"it"};
    static constexpr Ending firstZ[] = {
        {u"eriez", true}, {u"erez", true}, {u"iez", true}, {u"ez", true}};
    static constexpr QStringView secondZ[] = {u"issiez", u"issez", u"iriez", u"irez"};
    static constexpr Ending firstE[] = {{u"ee", false}, {u"e", false}};
    static constexpr QStringView secondE[] = {u"ie"};
    static constexpr Ending firstI[] = {{u"erai", true}};
    static constexpr QStringView secondI[] = {u"irai", u"i"};
    static constexpr Ending firstA[] = {{u"era", true}};
    static constexpr QStringView secondA[] = {u"ira"};
    static constexpr Endings byLast[] = {{u's', firstS, secondS}, {u'e', firstE, secondE},
                                         {u't', firstT, secondT}, {u'z', firstZ, secondZ},
                                         {u'i', firstI, secondI}, {u'a', firstA, secondA}};
    constexpr qsizetype shortestStem = 3;
    if (w.size() <= shortestStem)
        return false;
    const Endings *endings = nullptr;
    for (const Endings &candidate : byLast)
        if (candidate.last == w.back().unicode())
            endings = &candidate;
    if (!endings)
        return false;
    for (const Ending &ending : endings->first) {
        if (w.size() < ending.text.size() + shortestStem || !hasEnding(w, ending.text))
            continue;
        const QStringView stem = w.chopped(ending.text.size());
        if ((ending.withE && tryForm(stem, u"e")) || tryForm(stem, u"er"))
            return true;
        break;
    }
    for (const QStringView ending : endings->second) {
        if (w.size() < ending.size() + shortestStem || !hasEnding(w, ending))
            continue;
        const QStringView stem = w.chopped(ending.size());
        return tryForm(stem, u"ir") || tryForm(stem, u"i");
    }
    return false;
}

} // namespace

std::optional<double> SentimentScorer::lookup(QStringView folded, const Lexicon &lexicon,
                                              bool french, bool *own, bool tenses) const {
    if (auto v = m_overlay.find(folded)) {
        if (own)
            *own = true;
        return v;
    }
    if (auto v = lexicon.find(folded))
        return v;
    const qsizetype n = folded.size();
    if (n < 4)
        return std::nullopt;
    // Agreement and plural: heureuses -> heureuse -> heureux, cassees -> casse; loved -> love.
    // Tried one by one, most likely first, without building a list per word.
    // A stem is looked up where it stands; a stem and an ending are written into a buffer on
    // the stack (a word longer than it goes through a string).
    std::optional<double> found;
    char16_t room[64]; // not QChar, whose constructor would clear it for every word
    QString longer;
    auto tryForm = [&](QStringView stem, QStringView ending = {}) {
        if (found)
            return true;
        QStringView candidate = stem;
        if (!ending.isEmpty()) {
            const qsizetype size = stem.size() + ending.size();
            if (size <= qsizetype(std::size(room))) {
                std::copy_n(stem.utf16(), stem.size(), room);
                std::copy_n(ending.utf16(), ending.size(), room + stem.size());
                candidate = QStringView(room, size);
            } else {
                longer = stem + ending;
                candidate = longer;
            }
        }
        found = m_overlay.find(candidate);
        if (found && own)
            *own = true;
        if (!found)
            found = lexicon.find(candidate);
        return found.has_value();
    };
    const QStringView w(folded);
    if (french) {
        if (endsWith(w, u"euses") && (tryForm(w.chopped(5), u"eux") || tryForm(w.chopped(1))))
            return found;
        if (endsWith(w, u"euse") && tryForm(w.chopped(4), u"eux"))
            return found;
        if (endsWith(w, u"ives") && tryForm(w.chopped(4), u"if"))
            return found;
        if (endsWith(w, u"ive") && tryForm(w.chopped(3), u"if"))
            return found;
        if (endsWith(w, u"es") && (tryForm(w.chopped(2)) || tryForm(w.chopped(1))))
            return found;
        if ((w.endsWith(u's') || w.endsWith(u'x') || w.endsWith(u'e')) && tryForm(w.chopped(1)))
            return found;
        if (endsWith(w, u"ent") && tryForm(w.chopped(2))) // ils adorent -> adore
            return found;
        if (tenses && conjugatedForm(w, tryForm))
            return found;
    } else {
        if (endsWith(w, u"ies") && tryForm(w.chopped(3), u"y"))
            return found;
        if (endsWith(w, u"es") && tryForm(w.chopped(2)))
            return found;
        if (w.endsWith(u's') && tryForm(w.chopped(1)))
            return found;
        if (endsWith(w, u"ed") && (tryForm(w.chopped(2)) || tryForm(w.chopped(1))))
            return found;
        if (endsWith(w, u"ing") && (tryForm(w.chopped(3)) || tryForm(w.chopped(3), u"e")))
            return found;
        if (endsWith(w, u"ly") && tryForm(w.chopped(2)))
            return found;
    }
    return std::nullopt;
}

std::optional<std::pair<double, QStringView>>
SentimentScorer::reversedByPrefix(QStringView folded, const Lexicon &lexicon, bool french) const {
    static constexpr QStringView english[] = {u"un", u"dis", u"in", u"im", u"non"};
    static constexpr QStringView frenchPrefixes[] = {u"des", u"in", u"im", u"mal"};
    // Words that only look like a prefix and a word ("unlike" is mostly a preposition).
    static constexpr QStringView lookalikes[] = {u"unlike", u"intense", u"insure", u"display"};
    for (const QStringView lookalike : lookalikes)
        if (sameWord(folded, lookalike))
            return std::nullopt;
    for (const QStringView prefix : french ? std::span<const QStringView>(frenchPrefixes)
                                           : std::span<const QStringView>(english)) {
        // The stem must be a word of its own: "union", "income", "important" are not.
        if (folded.size() < prefix.size() + 4 || !startsWith(folded, prefix))
            continue;
        // A word that weighs (weak ones such as "sure" make too many false friends).
        const auto stem = lookup(folded.mid(prefix.size()), lexicon, french, nullptr, false);
        if (!stem || std::abs(*stem) < 1)
            continue;
        // in- and im- make opposites of qualities ("inefficient", "inutile", "impatient");
        // before a word that weighs against they are mostly the preposition ("indies").
        if ((sameWord(prefix, u"in") || sameWord(prefix, u"im")) && *stem < 0)
            continue;
        return std::pair{*stem * -0.74, prefix};
    }
    return std::nullopt;
}

SentimentScorer::FactsMemo &SentimentScorer::factsMemo() const {
    thread_local FactsMemo memo;
    if (memo.fr != m_fr.revision() || memo.en != m_en.revision() ||
        memo.overlay != m_overlay.revision()) {
        for (FactsMemo::Slot &slot : memo.entries)
            slot.size = 0;
        memo.fr = m_fr.revision();
        memo.en = m_en.revision();
        memo.overlay = m_overlay.revision();
    }
    return memo;
}

SentimentScorer::WordFacts SentimentScorer::findFacts(FactsMemo &memo, QStringView folded,
                                                      size_t hash, quint8 languages) const {
    using Slot = FactsMemo::Slot;
    Slot *slot = nullptr;
    bool remembered = false;
    WordFacts facts;
    if (folded.size() > 0 && folded.size() <= FactsMemo::kLongest) {
        slot = &memo.slotOf(hash);
        if (slot->holds(folded)) {
            facts = slot->facts; // with a part to add
            remembered = true;
        }
    }
    if (!remembered) {
        const quint32 *traits = wordtraits::table().find(folded);
        facts.traits = traits ? *traits : 0;
    }
    for (const bool french : {true, false}) {
        const quint8 language = french ? WordFacts::French : WordFacts::English;
        if (!(languages & language) || (facts.known & language))
            continue;
        facts.known |= language;
        const Lexicon &lexicon = french ? m_fr : m_en;
        WordFacts::In &in = french ? facts.fr : facts.en;
        if (const auto value = lookup(folded, lexicon, french, &in.own)) {
            in.value = *value;
            in.hasValue = true;
        }
        if (const auto reversed = reversedByPrefix(folded, lexicon, french)) {
            in.reversed = reversed->first;
            in.prefix = reversed->second.data();
            in.prefixSize = quint8(reversed->second.size());
            in.hasReversed = true;
        }
        in.longestPhrase =
            qint8(std::max(lexicon.longestPhraseFrom(folded), m_overlay.longestPhraseFrom(folded)));
    }
    if (slot) {
        if (!remembered) {
            std::copy(folded.begin(), folded.end(), slot->word);
            slot->size = quint8(folded.size());
        }
        slot->facts = facts;
    }
    return facts;
}

} // namespace veille

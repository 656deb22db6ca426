#include "sentimentscorer.h"

#include "languagedetector.h"
#include "scorerrules.h"
#include "scorertoken.h"
#include "wordfacts.h"
#include "wordtable.h"
#include "wordtraits.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace veille {

using namespace wordtraits;
using namespace scorerrules;

namespace {

// "trooop" -> "trop" and "troop": runs of three or more letters cut to one and to two.
std::pair<QString, QString> collapseRuns(QStringView word) {
    QString one, two;
    for (qsizetype i = 0; i < word.size(); ++i) {
        qsizetype run = 1;
        while (i + run < word.size() && word[i + run] == word[i])
            ++run;
        one.append(word[i]);
        two.append(word[i]);
        if (run >= 2)
            two.append(word[i]);
        if (run == 2)
            one.append(word[i]); // a double letter is spelling, not emphasis
        i += run - 1;
    }
    return {one, two};
}

QString signedNumber(double value) {
    return (value >= 0 ? QStringLiteral("+") : QString()) + QString::number(value, 'f', 1);
}

} // namespace

SentimentScorer::SentimentScorer() {
    m_fr.loadResource(QStringLiteral(":/veille/lexicons/fr.tsv"));
    m_en.loadResource(QStringLiteral(":/veille/lexicons/en.tsv"));
    m_emoji.loadResource(QStringLiteral(":/veille/lexicons/emoji.tsv"));
}

SentimentResult SentimentScorer::readAsWords(const QString &name) const {
    // In lower case, as mentions often write it, so that no word of it is taken for a name.
    const QString words = name.toLower();
    const SentimentResult french = score(words, QStringLiteral("fr"), true);
    const SentimentResult english = score(words, QStringLiteral("en"), true);
    return std::abs(english.sentiment.score) > std::abs(french.sentiment.score) ? english : french;
}

const Lexicon &SentimentScorer::lexicon(const QString &lang) const {
    return lang == u"en" ? m_en : m_fr;
}

SentimentResult SentimentScorer::score(const QString &text, const QString &requested,
                                       bool explain) const {
    SentimentResult result;
    // The buffers of one text, kept from one text to the next on each thread (allocating them
    // for every text was a tenth of the time).
    thread_local QString folds;
    thread_local std::vector<QString> kept;
    thread_local std::vector<Token> owned;
    tokenize(text, folds, kept, owned);
    const std::vector<Token> &tokens = owned;
    const qsizetype count = qsizetype(tokens.size());
    const WordTable<quint32> &traitsOf = wordtraits::table();
    auto traitsOfWord = [&traitsOf](QStringView word) -> quint32 {
        const quint32 *found = traitsOf.find(word);
        return found ? *found : 0;
    };
    // What is known of each word (nothing of the other tokens).
    // When the language is to be found, the words' traits first (they vote), then the parts
    // of the language read.
    thread_local std::vector<WordFacts> facts;
    facts.assign(tokens.size(), WordFacts{});
    const bool given = requested == u"fr" || requested == u"en";
    quint8 languages = !given ? 0 : requested == u"fr" ? WordFacts::French : WordFacts::English;
    FactsMemo &memo = factsMemo();
    for (qsizetype k = 0; k < count; ++k) {
        Token &t = owned[k];
        if (t.kind == Token::Kind::Word) {
            t.hash = wordHash(t.folded);
            facts[k] = factsOf(memo, t.folded, t.hash, languages);
        }
    }
    LanguageVotes votes;
    int accents = 0;
    if (given) {
        result.lang = requested;
    } else {
        for (qsizetype k = 0; k < count; ++k)
            if (tokens[k].kind == Token::Kind::Word)
                votes.add(quint8(facts[k].traits >> 8), tokens[k].folded);
        accents = countFrenchAccents(text);
        result.lang = votes.decide(accents);
    }
    // A text the function words do not place is read with both lexicons.
    const bool french = result.lang != u"en";
    const Lexicon &primary = french ? m_fr : m_en;
    const bool mixed = result.lang == u"other";
    if (!given) {
        languages = mixed    ? WordFacts::French | WordFacts::English
                    : french ? WordFacts::French
                             : WordFacts::English;
        for (qsizetype k = 0; k < count; ++k)
            if (tokens[k].kind == Token::Kind::Word && (facts[k].known & languages) != languages)
                facts[k] = factsOf(memo, tokens[k].folded, tokens[k].hash, languages);
    }
    if (mixed && !given) {
        // Its language may still be told by the words only one lexicon knows; it is read as
        // it was (with both), only the language it is said to be in changes.
        for (qsizetype k = 0; k < count; ++k) {
            if (tokens[k].kind != Token::Kind::Word)
                continue;
            votes.addWord();
            const WordFacts &f = facts[k];
            votes.addKnown(f.fr.hasValue && !f.fr.own, f.en.hasValue && !f.en.own);
        }
        result.lang = votes.decide(accents);
    }
    // The roles of a word in the language read (and in the other one too when mixed).
    const int shift = french ? 0 : 4;
    const int otherShift = french ? 4 : 0;
    auto rolesIn = [&](quint32 wordTraits) -> quint8 {
        quint8 role = (wordTraits >> shift) & 0xF;
        if (mixed)
            role |= (wordTraits >> otherShift) & 0xF;
        return role;
    };

    bool allCaps = true;
    for (const Token &t : tokens)
        if (t.kind == Token::Kind::Word && !t.caps && t.shown.size() > 1)
            allCaps = false;

    NameWords<std::vector<Token>> names(text, tokens);
    // A word or phrase that weighs, with what the explanation says of it: the text as written
    // and the rules that changed its weight (the weight itself is written last, once every
    // rule has had its say, so that the explanation's weights add up to the score).
    struct Weighed {
        qsizetype token;
        double value;
        QString shown;
        QStringList notes;
    };
    thread_local QList<Weighed> weighed;
    weighed.clear();
    qsizetype lastContrast = -1;
    int exclamations = 0;
    thread_local std::vector<char> consumed; // the second word of a phrase
    consumed.assign(tokens.size(), 0);
    // The last word of a complaint that ends in a negation ("toujours pas", "marche pas",
    // "merci pour rien"): it negates what follows as well ("toujours pas rentables").
    thread_local std::vector<char> negatesOn;
    negatesOn.assign(tokens.size(), 0);
    auto roleOf = [&](QStringView word) -> quint8 { return rolesIn(traitsOfWord(word)); };
    // "trooop" is read as "trop" from here on, and remembered as insisting.
    for (qsizetype k = 0; k < count; ++k) {
        Token &t = owned[k];
        if (!t.elongated || t.kind != Token::Kind::Word)
            continue;
        const auto [one, two] = collapseRuns(t.folded);
        for (const QString &form : {one, two})
            if ((roleOf(form) & (Booster | Negator)) || primary.find(form) ||
                primary.hasPhrasesStartingWith(form)) {
                kept.push_back(form); // the text's tokens are read until the end of score()
                t.folded = kept.back();
                t.hash = wordHash(form);
                facts[k] = factsOf(memo, form, t.hash, languages);
                break;
            }
    }
    // Tokens that weigh themselves do not also modify others.
    thread_local std::vector<char> weighing;
    weighing.assign(tokens.size(), 0);
    // Each word's role; "trooop" modifies as "trop" does.
    thread_local std::vector<quint8> roles;
    roles.assign(tokens.size(), 0);
    for (qsizetype k = 0; k < count; ++k) {
        if (tokens[k].kind != Token::Kind::Word)
            continue;
        roles[k] = rolesIn(facts[k].traits);
        if (!roles[k] && tokens[k].elongated && hasLongRun(tokens[k].folded)) {
            const auto [one, two] = collapseRuns(tokens[k].folded);
            roles[k] = roleOf(one) | roleOf(two);
        }
    }
    for (qsizetype i = 0; i < count; ++i) {
        const Token &t = tokens[i];
        if (t.kind == Token::Kind::Exclamation) {
            ++exclamations;
            continue;
        }
        if (t.kind == Token::Kind::Boundary || consumed[i])
            continue;
        if ((roles[i] & Contrast) && !yetOfTime(tokens, i, i > 0 && (roles[i - 1] & Negator)) &&
            !anythingBut(tokens, i)) {
            lastContrast = i;
            // A phrase may start on it ("until the last update"), and weighs after it.
            if (facts[i].in(french).longestPhrase < 2)
                continue;
        }
        std::optional<double> value;
        bool own = false;   // the value is the overlay's
        QStringView prefix; // that reversed the word, if one did
        // A phrase that holds its own negation ("pas mal", "toujours pas reçu", "no reply"):
        // a "ne" before it is that negation's first half, not a second one.
        bool negatedWithin = false;
        quint32 spanTraits = facts[i].traits; // of every word of the phrase, when one matched
        qsizetype lastOfSpan = i;             // the phrase's last word, when one matched
        bool waited = false;                  // a count of days or weeks it took (longWait)
        QString shown = explain ? t.shown.toString() : QString();
        if (t.kind == Token::Kind::Emoji) {
            value = m_emoji.find(t.folded);
        } else {
            // Phrases first, the longest that matches: "pas de problème", "pas mal",
            // "rappel produit", "not bad".
            // No candidate longer than the longest phrase that starts with this word.
            const WordFacts::In &known = facts[i].in(french);
            // A text of no one language ("stopped working", too short to tell) is read with
            // the phrases of both.
            const int longest =
                mixed ? std::max(known.longestPhrase, facts[i].in(!french).longestPhrase)
                      : known.longestPhrase;
            if (longest >= 2) {
                qsizetype words = 1;
                while (words < longest && i + words < count &&
                       tokens[i + words].kind == Token::Kind::Word)
                    ++words;
                // The longest candidate is written once, on the stack; each shorter one is its
                // beginning. Words that would not fit are no phrase's. Of char16_t, not QChar,
                // whose constructor would clear the whole array at every phrase's first word.
                char16_t phrase[192];
                qsizetype size = 0;
                qsizetype ends[Lexicon::maxPhraseWords + 1] = {};
                for (qsizetype w = 0; w < words; ++w) {
                    const QStringView word = tokens[i + w].folded;
                    if (size + 1 + word.size() > qsizetype(std::size(phrase))) {
                        words = w;
                        break;
                    }
                    if (w > 0)
                        phrase[size++] = u' ';
                    std::copy_n(word.utf16(), word.size(), phrase + size);
                    size += word.size();
                    ends[std::min<qsizetype>(w + 1, Lexicon::maxPhraseWords)] = size;
                }
                // No phrase starts with these two words: no longer candidate either (for two
                // words the candidate is the pair itself).
                if (words >= 3) {
                    const QStringView pair(phrase, ends[2]);
                    if (!m_overlay.hasPhrasePair(pair) && !primary.hasPhrasePair(pair) &&
                        !(mixed && (french ? m_en : m_fr).hasPhrasePair(pair)))
                        words = 1;
                }
                for (; words >= 2 && !value; --words) {
                    const QStringView candidate(phrase, ends[words]);
                    value = m_overlay.find(candidate);
                    own = value.has_value();
                    if (!value)
                        value = primary.find(candidate);
                    if (!value && mixed)
                        value = (french ? m_en : m_fr).find(candidate);
                    if (!value)
                        continue;
                    for (qsizetype w = 0; w < words; ++w) {
                        if (w > 0)
                            consumed[i + w] = 1;
                        negatedWithin = negatedWithin || (roles[i + w] & Negator);
                        spanTraits |= facts[i + w].traits;
                    }
                    if (*value < 0 && (roles[i + words - 1] & Negator))
                        negatesOn[i + words - 1] = 1;
                    lastOfSpan = i + words - 1;
                    if (explain)
                        shown = phraseAsWritten(text, tokens, i, words);
                }
            }
            // A modifier followed by a word that weighs is a modifier, not a word.
            const bool modifier = roles[i] & (Booster | Damper | Negator);
            if (!value && !modifier) {
                value = known.found();
                own = known.own;
                if (!value && t.elongated) {
                    const auto [one, two] = collapseRuns(t.folded);
                    value = lookup(one, primary, french, &own);
                    if (!value)
                        value = lookup(two, primary, french, &own);
                }
                if (!value && mixed) {
                    value = facts[i].in(!french).found();
                    own = facts[i].in(!french).own;
                }
                // "unimpressive", "dishonest", "déplaisant", "imparfait": a prefix that
                // reverses a word the lexicon knows.
                if (!value && known.hasReversed) {
                    value = known.reversed;
                    prefix = QStringView(known.prefix, known.prefixSize);
                }
            }
            if (!value && (facts[i].traits & kWaitUnit) && longWait(tokens, i)) {
                value = -2.0;
                waited = true;
                if (explain)
                    shown = phraseAsWritten(text, tokens, i - 1, 3);
            }
            if (!value && modifier &&
                (t.folded == u"super" || t.folded == u"top" || t.folded == u"bien")) {
                const bool nextWeighs = i + 1 < count && tokens[i + 1].kind == Token::Kind::Word &&
                                        facts[i + 1].in(french).hasValue;
                if (!nextWeighs)
                    value = primary.find(t.folded);
            }
        }
        if (!value || *value == 0)
            continue;
        if (!own && closesRequest(tokens, i))
            continue;
        if (french && !own && (greets(text, tokens, i) || asksPolitely(text, tokens, i)))
            continue;
        if (!own && t.kind == Token::Kind::Word && names.isName(i))
            continue;
        double v = *value;
        QStringList notes;
        if (explain && waited)
            notes << QCoreApplication::translate("SentimentScorer", "a long wait");
        if (explain && !prefix.isEmpty())
            notes << QCoreApplication::translate("SentimentScorer", "reversed by %1-")
                         .arg(prefix.toString());
        // French "plus" after a "ne" negates ("n'est plus nul"); it then does not also insist.
        auto negatingPlus = [&tokens](qsizetype k) {
            return tokens[k].folded == u"plus" && ((k >= 1 && tokens[k - 1].folded == u"ne") ||
                                                   (k >= 2 && tokens[k - 2].folded == u"ne"));
        };
        // Intensity from the three words before, nearer counting more.
        for (qsizetype back = 1; back <= 3 && i - back >= 0; ++back) {
            const Token &m = tokens[i - back];
            if (m.kind == Token::Kind::Boundary)
                break;
            if (weighing[i - back])
                continue;
            const double scale = back == 1 ? 1.0 : back == 2 ? 0.95 : 0.9;
            const bool tooFar = back > 1 && (facts[i - back].traits & kNextWordOnly);
            if ((roles[i - back] & Booster) && !negatingPlus(i - back) && !tooFar) {
                v += (v > 0 ? 0.293 : -0.293) * scale;
                if (explain)
                    notes << m.shown.toString();
            } else if (roles[i - back] & Damper) {
                v -= (v > 0 ? 0.293 : -0.293) * scale;
                if (explain)
                    notes << m.shown.toString();
            }
        }
        if (t.caps && !allCaps) {
            v += v > 0 ? 0.733 : -0.733;
            if (explain)
                notes << QCoreApplication::translate("SentimentScorer", "capitals");
        }
        if (t.elongated) {
            v += v > 0 ? 0.3 : -0.3;
            if (explain)
                notes << QCoreApplication::translate("SentimentScorer", "stretched");
        }
        // Negation: a negator among the three words before, within the clause. French "plus"
        // negates only after a "ne". An emoji or an interjection is the writer's mood, which no
        // word negates ("might not make it :(", "ne se chasse pas lol"); a claim denied is no
        // praise ("I didn't get a refund").
        // A word of quantity between, and the article before it, do not count as words of the
        // three ("never had a single issue", "jamais eu le moindre souci"); any other article
        // does ("don't make the same mistake" warns).
        auto seeThrough = [&](qsizetype k) {
            return (facts[k].traits & kQuantity) ||
                   (k + 1 < i && (facts[k].traits & kArticle) && (facts[k + 1].traits & kQuantity));
        };
        qsizetype negatorAt = -1;
        const bool mood = t.kind != Token::Kind::Word || (facts[i].traits & kInterjection) ||
                          (v < 0 && (facts[i].traits & kClaim));
        int reach = 3;
        for (qsizetype back = 1; back <= reach && i - back >= 0 && !mood && !negatedWithin;
             ++back) {
            const Token &m = tokens[i - back];
            if ((roles[i - back] & Contrast) && anythingBut(tokens, i - back)) {
                negatorAt = i - back;
                break;
            }
            if (m.kind == Token::Kind::Boundary || (roles[i - back] & Contrast))
                break;
            if (reach < 5 && seeThrough(i - back))
                ++reach;
            if (consumed[i - back] && !negatesOn[i - back])
                continue;
            if ((roles[i - back] & Negator) || negatingPlus(i - back)) {
                negatorAt = i - back;
                break;
            }
        }
        // A phrase that holds its negation ("can't recommend") or a negator before the word:
        // "… enough" and "never … so" make it insist instead.
        const qsizetype enough = t.kind == Token::Kind::Word && (negatorAt >= 0 || negatedWithin)
                                     ? praisedBeyondWords(tokens, i, lastOfSpan)
                                     : -1;
        if (enough >= 0 || (negatorAt >= 0 && comparedToEver(tokens, negatorAt, i))) {
            if (negatedWithin && v < 0)
                v = -v;
            v += v > 0 ? 0.293 : -0.293;
            if (explain)
                notes << QCoreApplication::translate("SentimentScorer", "emphasised by %1")
                             .arg(tokens[enough >= 0 ? enough : negatorAt].shown.toString());
        } else if (negatorAt >= 0) {
            v *= -0.74;
            if (explain)
                notes << QCoreApplication::translate("SentimentScorer", "negated by %1")
                             .arg(tokens[negatorAt].shown.toString());
        } else if (v > 0 && !mood && !french && praiseOfThePast(tokens, i)) {
            v *= -0.74;
            if (explain)
                notes << QCoreApplication::translate("SentimentScorer", "said of the past");
        }
        // "L'appli fonctionne ?", "is the site working?": asking whether something works says
        // nothing of it yet ("why is it not working?" and "ça marche pas ?" still complain).
        if (v > 0 && (spanTraits & kWorking) && endsInQuestion(tokens, i))
            continue;
        // What weighs against counts a third more than what weighs for: people use positive
        // words more readily, so a text holding as much of both leans negative (on every
        // labelled set, French and English, a factor between 1.1 and 1.8 raised polar accuracy;
        // 1.3 rather than the most that any one set liked).
        if (v < 0 && !own)
            v *= kNegativeWeight;
        weighing[i] = 1;
        weighed.append({i, v, std::move(shown), std::move(notes)});
    }

    // Praise standing alone beside a complaint is irony (see standingPraise): its weight
    // turns against, when nothing else in its clause weighs, something outside it weighs
    // against and nothing outside it weighs for.
    auto clauseOf = [&](qsizetype i) {
        qsizetype first = i, last = i;
        while (first > 0 && tokens[first - 1].kind != Token::Kind::Boundary &&
               tokens[first - 1].kind != Token::Kind::Exclamation)
            --first;
        while (last + 1 < count && tokens[last + 1].kind != Token::Kind::Boundary &&
               tokens[last + 1].kind != Token::Kind::Exclamation)
            ++last;
        return std::pair{first, last};
    };
    const QString ironyNote =
        explain ? QCoreApplication::translate("SentimentScorer", "irony beside a complaint")
                : QString();
    auto turnAgainst = [&](Weighed &w) {
        w.value = -w.value;
        if (explain)
            w.notes << ironyNote;
    };
    auto weighedAt = [&](qsizetype token) -> Weighed * {
        for (Weighed &w : weighed)
            if (w.token == token)
                return &w;
        return nullptr;
    };
    // Laughter beside a complaint mocks ("Osef de leur nouveau logo mdr", "ils se foutent de
    // nous mdr"): it is no gladness.
    double lowest = 0; // the strongest weight against: every irony needs something wrong
    for (const Weighed &w : std::as_const(weighed))
        lowest = std::min(lowest, w.value);
    const bool complains = lowest <= -2.0;
    for (Weighed &w : weighed) {
        if (!complains || w.value <= 0 || !(facts[w.token].traits & kInterjection))
            continue;
        w.value = 0;
        if (explain)
            w.notes << QCoreApplication::translate("SentimentScorer",
                                                   "laughter beside a complaint");
    }
    for (Weighed &w : weighed) {
        if (w.value <= 0 || lowest > -1.5)
            continue;
        // Praise for what went wrong ("great job losing my package").
        if (const qsizetype object = praisedFor(tokens, w.token); object >= 0) {
            const Weighed *wrong = weighedAt(object);
            if (wrong && wrong->value <= -1.5) {
                turnAgainst(w);
                continue;
            }
        }
        // Delight at what goes wrong ("love how the app logs me out").
        if (delightIn(tokens, w.token)) {
            const auto [first, last] = clauseOf(w.token);
            const bool wrong = std::any_of(weighed.cbegin(), weighed.cend(), [&](const Weighed &o) {
                return o.token > w.token && o.token <= last && o.value <= -2.0;
            });
            if (wrong) {
                turnAgainst(w);
                continue;
            }
        }
        // "Bravo la réactivité": the quality praised may weigh in the clause too, and turns
        // with the praise.
        const qsizetype quality = french ? praisedQuality(text, tokens, w.token) : -1;
        Weighed *praised = quality >= 0 ? weighedAt(quality) : nullptr;
        if (praised && praised->value <= 0)
            praised = nullptr;
        if (quality < 0 && !standingPraise(text, tokens, w.token))
            continue;
        const auto [first, last] = clauseOf(w.token);
        bool alone = true, complaint = false, praise = false;
        for (const Weighed &other : std::as_const(weighed)) {
            if (&other == &w || &other == praised || other.value == 0)
                continue;
            if (other.token >= first && other.token <= last)
                alone = false;
            else if (other.value >= 1.5) // more than a word that barely leans ("support")
                praise = true;
            // A complaint: a word of at least "panne", "en retard" ("déchets" is no complaint),
            // before the praise, or after it when a comma joins them ("Super, encore une
            // panne"; not "perfect! Wednesday I'm done").
            else if (other.value <= -2.5 &&
                     (other.token < first || (last + 1 < count && tokens[last + 1].shown == u",")))
                complaint = true;
        }
        // "Panne réparée en une heure. Bravo Lumen !" praises what was done.
        if (!alone || !complaint || praise)
            continue;
        turnAgainst(w);
        if (praised)
            turnAgainst(*praised);
    }

    // "Bon produit malgré quelques défauts", "great lamp despite the app": what is conceded
    // counts half; the clause it is conceded in says the opinion.
    const bool concedes = weighed.size() > 1 &&
                          std::any_of(facts.cbegin(), facts.cbegin() + count,
                                      [](const WordFacts &f) { return f.traits & kConcession; });
    auto conceded = [&](qsizetype k) {
        for (qsizetype c = k - 1; c >= 0; --c) {
            const Token &m = tokens[c];
            if (m.kind == Token::Kind::Boundary || m.kind == Token::Kind::Exclamation)
                return false;
            if ((facts[c].traits & kConcession) &&
                (m.folded != u"spite" || (c > 0 && tokens[c - 1].folded == u"in")))
                return true;
        }
        return false;
    };
    double sum = 0;
    for (Weighed &w : weighed) {
        if (concedes && conceded(w.token)) {
            w.value *= 0.5;
            if (explain)
                w.notes << QCoreApplication::translate("SentimentScorer", "×0.5 conceded");
        }
        if (lastContrast >= 0) {
            const double factor = w.token < lastContrast ? 0.5 : 1.5;
            w.value *= factor;
            if (explain)
                w.notes << (factor < 1 ? QCoreApplication::translate("SentimentScorer",
                                                                     "×0.5 before contrast")
                                       : QCoreApplication::translate("SentimentScorer",
                                                                     "×1.5 after contrast"));
        }
        sum += w.value;
        if (explain)
            result.explanation << w.shown + u'(' +
                                      (w.value == 0 ? QStringLiteral("0") : signedNumber(w.value)) +
                                      (w.notes.isEmpty() ? QString() : u' ' + w.notes.join(u", ")) +
                                      u')';
    }
    if (exclamations > 0 && sum != 0) {
        const double emphasis = 0.292 * std::min(exclamations, 4);
        sum += sum > 0 ? emphasis : -emphasis;
        if (explain)
            result.explanation << QString(std::min(exclamations, 4), u'!') + u'(' +
                                      signedNumber(sum > 0 ? emphasis : -emphasis) + u')';
    }
    const double squashed = sum / std::sqrt(sum * sum + 15.0);
    result.sentiment.score = std::clamp(squashed, -1.0, 1.0);
    result.sentiment.label = squashed >= kNeutralBand    ? SentimentLabel::Positive
                             : squashed <= -kNeutralBand ? SentimentLabel::Negative
                                                         : SentimentLabel::Neutral;
    return result;
}

} // namespace veille

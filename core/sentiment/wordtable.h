#pragma once

#include <algorithm>
#include <cstring>

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

namespace veille {

// Same length, then the characters: QStringView's == goes through a general compare.
inline bool sameWord(QStringView a, QStringView b) noexcept {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin());
}

// A word's hash, eight bytes (four characters) to a multiplication: FNV-1a's one
// multiplication per character, each waiting for the one before, was most of a lookup's
// time. The last, shorter group is read in pieces, so that nothing beyond the word is read;
// the length goes in first, so that groups read in pieces cannot alias longer words.
inline size_t wordHash(QStringView word, size_t seed = 0) noexcept {
    const char *p = reinterpret_cast<const char *>(word.data());
    qsizetype bytes = word.size() * qsizetype(sizeof(QChar));
    quint64 h = (quint64(seed) ^ 0x9E3779B97F4A7C15ULL) + quint64(bytes);
    auto mix = [&h](quint64 group) {
        h = (h ^ group) * 0xBF58476D1CE4E5B9ULL;
        h ^= h >> 32;
    };
    for (; bytes >= 8; p += 8, bytes -= 8) {
        quint64 group;
        std::memcpy(&group, p, 8);
        mix(group);
    }
    if (bytes > 0) {
        quint64 group = 0;
        if (bytes & 4) {
            quint32 four;
            std::memcpy(&four, p, 4);
            group = four;
            p += 4;
        }
        if (bytes & 2) {
            quint16 two;
            std::memcpy(&two, p, 2);
            group = (group << 16) | two;
        }
        mix(group);
    }
    h *= 0x94D049BB133111EBULL;
    return size_t(h ^ (h >> 29));
}

// Folded words to values, looked up by view. Scoring looks every word up several times
// (lexicon, modifiers, function words); with QHash<QString> each lookup needed a QString and
// Qt's general-purpose seeded hash, which together took a fifth of the scoring time. Here a
// lookup builds nothing, and the hash (wordHash) is cheap on words of a few letters. The keys are
// views of strings the table keeps (a QString's characters do not move when the list that
// holds it grows).
template <typename Value> class WordTable {
public:
    const Value *find(QStringView word) const {
        const auto it = m_map.constFind(Key{word});
        return it == m_map.constEnd() ? nullptr : &it.value();
    }
    bool contains(QStringView word) const { return find(word) != nullptr; }
    Value &operator[](const QString &word) {
        const auto it = m_map.find(Key{word});
        if (it != m_map.end())
            return it.value();
        m_words.append(QString(word.constData(), word.size())); // owned, even from raw data
        return m_map[Key{QStringView(m_words.last())}];
    }
    qsizetype size() const { return m_map.size(); }
    bool isEmpty() const { return m_map.isEmpty(); }
    template <typename Visit> void forEach(Visit visit) const {
        for (auto it = m_map.cbegin(); it != m_map.cend(); ++it)
            visit(it.key().word, it.value());
    }

private:
    struct Key {
        QStringView word;
        friend bool operator==(Key a, Key b) noexcept { return sameWord(a.word, b.word); }
        friend size_t qHash(Key key, size_t seed) noexcept { return wordHash(key.word, seed); }
    };
    QHash<Key, Value> m_map;
    QList<QString> m_words;
};

} // namespace veille

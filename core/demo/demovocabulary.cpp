#include "demovocabulary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace veille::demo {

namespace {

QStringList strings(const QJsonValue &value) {
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

QHash<QString, QStringList> perLanguage(const QJsonValue &value) {
    QHash<QString, QStringList> map;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        map.insert(it.key(), strings(it.value()));
    return map;
}

} // namespace

const DemoVocabulary &DemoVocabulary::bundled() {
    static const DemoVocabulary vocabulary = [] {
        QFile file(QStringLiteral(":/veille/demo/vocabulary.json"));
        file.open(QIODevice::ReadOnly);
        return DemoVocabulary(QJsonDocument::fromJson(file.readAll()).object());
    }();
    return vocabulary;
}

DemoVocabulary::DemoVocabulary(const QJsonObject &root)
    : m_brand(root.value(QLatin1String("brand")).toString())
    , m_competitors(strings(root.value(QLatin1String("competitors"))))
    , m_products(perLanguage(root.value(QLatin1String("products"))))
    , m_features(perLanguage(root.value(QLatin1String("features"))))
    , m_hashtags(perLanguage(root.value(QLatin1String("hashtags"))))
    , m_openers(perLanguage(root.value(QLatin1String("openers"))))
    , m_blogs(strings(root.value(QLatin1String("blogs"))))
    , m_teammates(strings(root.value(QLatin1String("teammates"))))
    , m_cities(strings(root.value(QLatin1String("cities")))) {
    const QJsonObject templates = root.value(QLatin1String("templates")).toObject();
    for (auto lang = templates.begin(); lang != templates.end(); ++lang)
        m_templates.insert(lang.key(), perLanguage(lang.value()));
    const QJsonObject emoji = root.value(QLatin1String("emoji")).toObject();
    m_positiveEmoji = strings(emoji.value(QLatin1String("positive")));
    m_negativeEmoji = strings(emoji.value(QLatin1String("negative")));
    const QJsonObject names = root.value(QLatin1String("names")).toObject();
    m_names.insert(QStringLiteral("fr"), strings(names.value(QLatin1String("fr"))));
    m_names.insert(QStringLiteral("en"), strings(names.value(QLatin1String("en"))));
    m_surnames = strings(names.value(QLatin1String("surnames")));
}

QStringList DemoVocabulary::templates(const QString &lang, const QString &kind) const {
    return m_templates.value(lang).value(kind);
}

QString DemoVocabulary::compose(const QString &templ, const QString &lang,
                                DemoRandom &random) const {
    QString text = templ;
    const QString brandLower = m_brand.toLower();
    text.replace(QLatin1String("{brand}"), m_brand);
    text.replace(QLatin1String("{brand_lower}"), brandLower);
    text.replace(QLatin1String("{handle_brand}"), QLatin1Char('@') + brandLower);
    // Each slot gets its own draw so two slots of one kind can differ.
    static const QRegularExpression slot(QStringLiteral(R"(\{(\w+)\+?-?\})"));
    while (true) {
        const QRegularExpressionMatch match = slot.match(text);
        if (!match.hasMatch())
            break;
        const QString whole = match.captured(0);
        QString value;
        if (whole == QLatin1String("{product}"))
            value = random.pick(m_products.value(lang));
        else if (whole == QLatin1String("{feature}"))
            value = random.pick(m_features.value(lang));
        else if (whole == QLatin1String("{competitor}"))
            value = random.pick(m_competitors);
        else if (whole == QLatin1String("{city}"))
            value = random.pick(m_cities);
        else if (whole == QLatin1String("{emoji+}"))
            value = random.chance(0.75) ? random.pick(m_positiveEmoji) : QString();
        else if (whole == QLatin1String("{emoji-}"))
            value = random.chance(0.75) ? random.pick(m_negativeEmoji) : QString();
        text.replace(match.capturedStart(), match.capturedLength(), value);
    }
    // Sentences written with a product at their start keep a capital.
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    if (random.chance(0.12))
        text.prepend(random.pick(m_openers.value(lang)) + QLatin1Char(' '));
    if (random.chance(0.3))
        text.append(QLatin1Char(' ') + random.pick(m_hashtags.value(lang)));
    return roughen(text.simplified(), random);
}

QString DemoVocabulary::roughen(QString text, DemoRandom &random) const {
    const double r = random.real();
    if (r < 0.05) {
        // Accents dropped, as typed on a phone in a hurry.
        static const QList<std::pair<QChar, QChar>> plain{
            {QChar(0xE9), QLatin1Char('e')}, {QChar(0xE8), QLatin1Char('e')},
            {QChar(0xEA), QLatin1Char('e')}, {QChar(0xE0), QLatin1Char('a')},
            {QChar(0xE7), QLatin1Char('c')}, {QChar(0xF4), QLatin1Char('o')}};
        for (const auto &[accented, bare] : plain)
            text.replace(accented, bare);
    } else if (r < 0.10) {
        text = text.toLower();
    } else if (r < 0.14) {
        // One word elongated: "trooop", "sooo".
        static const QRegularExpression vowelWord(QStringLiteral(R"(\b(\w*?)([aeiouy])(\w*)\b)"));
        const QRegularExpressionMatch m =
            vowelWord.match(text, random.between(0, int(text.size() / 2)));
        if (m.hasMatch() && m.captured(0).size() > 2) {
            const QString longer =
                m.captured(1) + QString(random.between(3, 5), m.captured(2).at(0)) + m.captured(3);
            text.replace(m.capturedStart(), m.capturedLength(), longer);
        }
    } else if (r < 0.18 && text.size() > 12) {
        // Two neighbouring letters swapped.
        const int at = random.between(2, int(text.size()) - 3);
        if (text.at(at).isLetter() && text.at(at + 1).isLetter()) {
            const QChar c = text.at(at);
            text[at] = text.at(at + 1);
            text[at + 1] = c;
        }
    } else if (r < 0.21) {
        text.append(QStringLiteral("!!!"));
    }
    return text;
}

} // namespace veille::demo

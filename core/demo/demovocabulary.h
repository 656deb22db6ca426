#pragma once

#include "demorandom.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace veille::demo {

// The demo's own words (resources/demo/vocabulary.json): templates per language and kind of
// mention, products, features, names. Turns a template into a mention's text that reads like
// something people write — emoji, hashtags, the odd typo or elongated word.
class DemoVocabulary {
public:
    static const DemoVocabulary &bundled();

    QString brand() const { return m_brand; }
    QStringList competitors() const { return m_competitors; }
    QStringList templates(const QString &lang, const QString &kind) const;
    QStringList names(const QString &lang) const { return m_names.value(lang); }
    QStringList surnames() const { return m_surnames; }
    QStringList blogs() const { return m_blogs; }
    QStringList teammates() const { return m_teammates; }
    QStringList cities() const { return m_cities; }

    // Fills the template's {slots} and roughens the text the way real posts are rough.
    QString compose(const QString &templ, const QString &lang, DemoRandom &random) const;

private:
    explicit DemoVocabulary(const QJsonObject &root);
    QString roughen(QString text, DemoRandom &random) const;

    QString m_brand;
    QStringList m_competitors;
    QHash<QString, QHash<QString, QStringList>> m_templates; // lang -> kind -> templates
    QHash<QString, QStringList> m_products, m_features, m_hashtags, m_openers, m_names;
    QStringList m_positiveEmoji, m_negativeEmoji, m_surnames, m_blogs, m_teammates, m_cities;
};

} // namespace veille::demo

#include "vocabularywindow.h"

#include "sentiment/customtermstore.h"
#include "sentiment/lexicon.h"
#include "storage/writequeue.h"
#include "workspace/workspace.h"
#include "workspace/workspacereader.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace veille::ui {

namespace {
// What an imported file said: its terms, and the numbers of the lines it could not.
struct ReadList {
    QList<std::pair<QString, double>> terms;
    QList<int> badLines;
    QString error;
};
} // namespace

VocabularyWindow::VocabularyWindow(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_table(new QTableWidget(0, 2))
    , m_term(new QLineEdit)
    , m_score(new QDoubleSpinBox)
    , m_status(new QLabel) {
    setObjectName(QStringLiteral("VocabularyWindow"));
    setWindowTitle(tr("Brand vocabulary"));
    resize(520, 560);
    auto *intro = new QLabel(tr("Words and phrases that mean something particular for the brand, "
                                "with a score from -5 (very negative) to 5 (very positive). They "
                                "weigh more than the built-in lexicons and than what corrections "
                                "taught. The whole team shares them."));
    intro->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Term"), tr("Score")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_term->setPlaceholderText(tr("e.g. coup de cœur"));
    m_score->setRange(-5.0, 5.0);
    m_score->setSingleStep(0.5);
    m_score->setDecimals(1);
    m_score->setValue(2.0);
    auto *add = new QPushButton(tr("&Add or change"));
    connect(add, &QPushButton::clicked, this,
            [this] { addTerm(m_term->text(), m_score->value()); });
    connect(m_term, &QLineEdit::returnPressed, add, &QPushButton::click);
    auto *row = new QHBoxLayout;
    row->addWidget(m_term, 1);
    row->addWidget(m_score);
    row->addWidget(add);
    auto *remove = new QPushButton(tr("&Remove"));
    connect(remove, &QPushButton::clicked, this, &VocabularyWindow::removeSelected);
    auto *import = new QPushButton(tr("&Import a list…"));
    import->setToolTip(tr("A text file with one term<TAB>score per line"));
    connect(import, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Import a list of terms"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        dialog->setNameFilter(tr("Term lists (*.tsv *.txt);;All files (*)"));
        connect(dialog, &QFileDialog::fileSelected, this, &VocabularyWindow::importFile);
        dialog->open();
    });
    auto *rescore = new QPushButton(tr("Score the &workspace again"));
    rescore->setToolTip(tr("Every stored mention is scored again in the background with what "
                           "Veille knows now; the ones you corrected keep your label."));
    connect(rescore, &QPushButton::clicked, this, &VocabularyWindow::rescoreRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(remove);
    buttons->addWidget(import);
    buttons->addStretch();
    buttons->addWidget(rescore);
    m_status->setWordWrap(true);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(m_workspace->reader(), &WorkspaceReader::customTermsFetched, this,
            [this](quint64, const QList<std::pair<QString, double>> &terms) { loaded(terms); });
    refresh();
}

void VocabularyWindow::refresh() {
    m_workspace->reader()->requestCustomTerms();
}

void VocabularyWindow::loaded(const QList<std::pair<QString, double>> &terms) {
    m_table->setRowCount(int(terms.size()));
    const QLocale locale;
    for (int row = 0; row < terms.size(); ++row) {
        auto *term = new QTableWidgetItem(terms.at(row).first);
        auto *score = new QTableWidgetItem(locale.toString(terms.at(row).second, 'f', 1));
        score->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        score->setForeground(terms.at(row).second < 0 ? QColor(0xb3, 0x26, 0x1e)
                                                      : QColor(0x2e, 0x8b, 0x57));
        m_table->setItem(row, 0, term);
        m_table->setItem(row, 1, score);
    }
}

void VocabularyWindow::say(const QString &text, bool problem) {
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b3261e;") : QString());
}

void VocabularyWindow::addTerm(const QString &raw, double score) {
    const QString term = raw.simplified();
    if (term.isEmpty()) {
        say(tr("Write the term first."), true);
        return;
    }
    if (lexiconKey(term).count(u' ') >= Lexicon::maxPhraseWords) {
        say(tr("A term is one word or a phrase of up to four words."), true);
        return;
    }
    const QDateTime now = m_workspace->clock().now();
    m_workspace->writer()->submit(
        [term, score, now](QSqlDatabase &db) -> Expected<QVariant> {
            const auto set = CustomTermStore(db).set(term, score, now);
            if (failed(set))
                return std::get<StorageError>(set);
            return QVariant(true);
        },
        this,
        [this, term](const QVariant &) {
            m_term->clear();
            say(tr("“%1” is in the vocabulary.").arg(term));
            refresh();
            Q_EMIT vocabularyChanged();
        },
        [this](const QString &reason) { say(reason, true); });
}

void VocabularyWindow::removeSelected() {
    QStringList terms;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        terms.append(m_table->item(index.row(), 0)->text());
    if (terms.isEmpty())
        return;
    m_workspace->writer()->submit(
        [terms](QSqlDatabase &db) -> Expected<QVariant> {
            CustomTermStore store(db);
            for (const QString &term : terms) {
                const auto removed = store.remove(term);
                if (failed(removed))
                    return std::get<StorageError>(removed);
            }
            return QVariant(int(terms.size()));
        },
        this,
        [this](const QVariant &count) {
            say(tr("%n term(s) removed.", nullptr, count.toInt()));
            refresh();
            Q_EMIT vocabularyChanged();
        },
        [this](const QString &reason) { say(reason, true); });
}

void VocabularyWindow::importFile(const QString &path) {
    auto *watcher = new QFutureWatcher<ReadList>(this);
    connect(watcher, &QFutureWatcher<ReadList>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const ReadList read = watcher->result();
        if (!read.error.isEmpty()) {
            say(read.error, true);
            return;
        }
        const QDateTime now = m_workspace->clock().now();
        const QList<std::pair<QString, double>> terms = read.terms;
        const QList<int> bad = read.badLines;
        m_workspace->writer()->submit(
            [terms, now](QSqlDatabase &db) -> Expected<QVariant> {
                CustomTermStore store(db);
                for (const auto &[term, score] : terms) {
                    const auto set = store.set(term, score, now);
                    if (failed(set))
                        return std::get<StorageError>(set);
                }
                return QVariant(int(terms.size()));
            },
            this,
            [this, bad, path](const QVariant &count) {
                QStringList lines;
                for (const int line : bad)
                    lines.append(QString::number(line));
                QString text = tr("%n term(s) imported from %1.", nullptr, count.toInt())
                                   .arg(QDir::toNativeSeparators(path));
                if (!bad.isEmpty())
                    text += u' ' + tr("Lines not understood (expected term<TAB>score from -5 to "
                                      "5): %1.")
                                       .arg(lines.join(QStringLiteral(", ")));
                say(text, !bad.isEmpty());
                refresh();
                Q_EMIT vocabularyChanged();
            },
            [this](const QString &reason) { say(reason, true); });
    });
    watcher->setFuture(QtConcurrent::run([path]() -> ReadList {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {{},
                    {},
                    QCoreApplication::translate("VocabularyWindow", "%1 cannot be read: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString())};
        Lexicon lexicon;
        ReadList read;
        // Kept as the list writes them ("déçu", "n'importe quoi"); they are folded when read.
        lexicon.load(QString::fromUtf8(file.readAll()), &read.badLines, &read.terms);
        return read;
    }));
}

} // namespace veille::ui

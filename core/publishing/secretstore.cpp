#include "secretstore.h"

#include <QTimer>

#include <qt6keychain/keychain.h>

namespace veille {

namespace {

const QString kService = QStringLiteral("Veille");

QString describe(const QKeychain::Job *job) {
    switch (job->error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return SecretStore::tr("no secret is stored for this account");
    case QKeychain::NoBackendAvailable:
        return SecretStore::tr("no keychain is available on this computer (%1); the secret can be "
                               "kept for this session only")
            .arg(job->errorString());
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretStore::tr("the keychain refused access: %1").arg(job->errorString());
    default:
        return SecretStore::tr("the keychain failed: %1").arg(job->errorString());
    }
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent) {}

void KeychainSecretStore::read(const QString &key, ReadDone done) {
    if (const auto it = m_session.constFind(key); it != m_session.constEnd()) {
        QTimer::singleShot(0, this, [done, secret = *it] { done(secret, {}); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        const auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        done(read->error() == QKeychain::NoError ? read->textData() : QString(), describe(read));
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &secret, WriteDone done) {
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this,
            [done](QKeychain::Job *finished) { done(describe(finished)); });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, WriteDone done) {
    m_session.remove(key);
    auto *job = new QKeychain::DeletePasswordJob(kService, this);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        done(finished->error() == QKeychain::EntryNotFound ? QString() : describe(finished));
    });
    job->start();
}

void MemorySecretStore::read(const QString &key, ReadDone done) {
    const QString secret = m_secrets.value(key);
    QTimer::singleShot(0, this, [done, secret] {
        done(secret, secret.isEmpty() ? SecretStore::tr("no secret is stored for this account")
                                      : QString());
    });
}

void MemorySecretStore::write(const QString &key, const QString &secret, WriteDone done) {
    m_secrets.insert(key, secret);
    QTimer::singleShot(0, this, [done] { done({}); });
}

void MemorySecretStore::remove(const QString &key, WriteDone done) {
    m_secrets.remove(key);
    QTimer::singleShot(0, this, [done] { done({}); });
}

} // namespace veille

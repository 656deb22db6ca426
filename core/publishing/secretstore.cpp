#include "secretstore.h"

#include <QMutex>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace veille {

namespace {

const QString kService = QStringLiteral("Veille");

// Secrets kept for this process only, shared by every store of the process.
QMutex sessionLock;
QHash<QString, QString> &sessionSecrets() {
    static QHash<QString, QString> secrets;
    return secrets;
}

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

void KeychainSecretStore::keepForSession(const QString &key, const QString &secret) {
    const QMutexLocker lock(&sessionLock);
    sessionSecrets().insert(key, secret);
}

std::optional<QString> KeychainSecretStore::sessionSecret(const QString &key) {
    const QMutexLocker lock(&sessionLock);
    const auto it = sessionSecrets().constFind(key);
    return it == sessionSecrets().constEnd() ? std::nullopt : std::optional(*it);
}

void KeychainSecretStore::forgetSessionSecret(const QString &key) {
    const QMutexLocker lock(&sessionLock);
    sessionSecrets().remove(key);
}

void KeychainSecretStore::read(const QString &key, ReadDone done) {
    if (const auto kept = sessionSecret(key)) {
        QTimer::singleShot(0, this, [done, secret = *kept] { done(secret, {}); });
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
    forgetSessionSecret(key);
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

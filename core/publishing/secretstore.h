#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace veille {

// Where tokens, app passwords and API keys live: the OS keychain, never the workspace,
// settings or logs. Answers asynchronously (the keychain may ask the user to unlock it).
class SecretStore : public QObject {
    Q_OBJECT
public:
    // secret is empty and error says why in words when there is none or it cannot be read.
    using ReadDone = std::function<void(const QString &secret, const QString &error)>;
    using WriteDone = std::function<void(const QString &error)>;
    using QObject::QObject;
    virtual void read(const QString &key, ReadDone done) = 0;
    virtual void write(const QString &key, const QString &secret, WriteDone done) = 0;
    virtual void remove(const QString &key, WriteDone done) = 0;

    // The key under which an account's secret is kept.
    static QString accountKey(const QString &accountName) {
        return QStringLiteral("account/") + accountName;
    }
};

// The OS keychain through QtKeychain (Secret Service, macOS Keychain, Windows Credential
// Store). When no backend exists the error says so plainly; secrets written for the session
// only are then kept in memory, never on disk.
class KeychainSecretStore : public SecretStore {
    Q_OBJECT
public:
    explicit KeychainSecretStore(QObject *parent = nullptr);
    void read(const QString &key, ReadDone done) override;
    void write(const QString &key, const QString &secret, WriteDone done) override;
    void remove(const QString &key, WriteDone done) override;
    // Keeps a secret in this process only (when the keychain cannot).
    void keepForSession(const QString &key, const QString &secret) {
        m_session.insert(key, secret);
    }

private:
    QHash<QString, QString> m_session;
};

// Secrets in memory, for tests and for a session without a keychain.
class MemorySecretStore : public SecretStore {
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    void read(const QString &key, ReadDone done) override;
    void write(const QString &key, const QString &secret, WriteDone done) override;
    void remove(const QString &key, WriteDone done) override;

private:
    QHash<QString, QString> m_secrets;
};

} // namespace veille

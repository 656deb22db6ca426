#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

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
    // Keeps a secret in this process only, never on disk (when the keychain cannot keep it).
    virtual void keepForSession(const QString &key, const QString &secret) = 0;

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
    // Kept for the whole process, so the publisher's store (on the collector's thread) reads
    // what the app's account window kept.
    void keepForSession(const QString &key, const QString &secret) override;

private:
    static std::optional<QString> sessionSecret(const QString &key);
    static void forgetSessionSecret(const QString &key);
};

// Secrets in memory, for tests and for a session without a keychain.
class MemorySecretStore : public SecretStore {
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    void read(const QString &key, ReadDone done) override;
    void write(const QString &key, const QString &secret, WriteDone done) override;
    void remove(const QString &key, WriteDone done) override;
    void keepForSession(const QString &key, const QString &secret) override {
        m_secrets.insert(key, secret);
    }

private:
    QHash<QString, QString> m_secrets;
};

} // namespace veille

#pragma once

#include <QString>

#include <variant>

namespace veille {

// Why a workspace could not be opened or written, in words the user can act on.
struct StorageError {
    enum class Kind {
        Unwritable,      // folder or file cannot be created or written
        Locked,          // another program holds the database
        Corrupt,         // not an SQLite database, or damaged
        NotAWorkspace,   // an SQLite database, but not Veille's
        NewerVersion,    // created by a newer Veille; left untouched
        MigrationFailed, // rolled back; the file is as it was
        Unsupported,     // e.g. a database kind this build cannot open yet
        Query,           // a statement failed
    };
    Kind kind = Kind::Query;
    QString message;
};

// A value or the reason it could not be had; deliberately tiny (std::expected is C++23).
template <typename T> using Expected = std::variant<T, StorageError>;

template <typename T> bool failed(const Expected<T> &result) {
    return std::holds_alternative<StorageError>(result);
}

} // namespace veille

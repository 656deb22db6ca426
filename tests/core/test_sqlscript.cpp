#include "support/tempworkspace.h"

#include "storage/sqlscript.h"

using namespace veille;

TEST_CASE("SQL scripts split into statements, trigger bodies kept whole", "[storage]") {
    const QString script =
        QStringLiteral("-- a comment; with a semicolon\n"
                       "CREATE TABLE a (x TEXT DEFAULT 'a;b');\n"
                       "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                       "  INSERT INTO b VALUES (CASE WHEN new.x = ';' THEN 1 ELSE 2 END);\n"
                       "  DELETE FROM c;\n"
                       "END;\n"
                       "BEGIN;\n"
                       "DROP TABLE a");
    const QStringList statements = splitSqlScript(script);
    REQUIRE(statements.size() == 4);
    CHECK(statements[0] == QLatin1String("CREATE TABLE a (x TEXT DEFAULT 'a;b')"));
    CHECK(statements[1].startsWith(QLatin1String("CREATE TRIGGER t")));
    CHECK(statements[1].endsWith(QLatin1String("END")));
    CHECK(statements[1].contains(QLatin1String("DELETE FROM c;")));
    CHECK(statements[2] == QLatin1String("BEGIN"));
    CHECK(statements[3] == QLatin1String("DROP TABLE a"));
}

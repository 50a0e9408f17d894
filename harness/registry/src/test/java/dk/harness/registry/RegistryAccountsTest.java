package dk.harness.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryAccountsTest {
  @TempDir
  Path dir;

  private Registry open() {
    final Registry r = Registry.open(dir, Clock.systemUTC());
    r.accounts().useSecrets(new Secrets(4));
    return r;
  }

  @Test
  void newDatabaseIsAtTheLatestSchemaAndReopeningKeepsItsData() {
    try (Registry r = open()) {
      assertEquals(RegistrySchema.VERSIONS.size(), r.schemaVersion());
      r.accounts().createUnit("test", "north", "North");
    }
    try (Registry r = open()) {
      assertEquals(RegistrySchema.VERSIONS.size(), r.schemaVersion());
      assertEquals("North", r.accounts().unit("north").orElseThrow().name());
    }
  }

  @Test
  void aDatabaseFromANewerHarnessIsRefused() throws Exception {
    open().close();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Registry.DB_FILE));
         Statement s = c.createStatement()) {
      s.execute("PRAGMA user_version = 99");
    }
    final RegistryException e = assertThrows(RegistryException.class, this::open);
    assertTrue(e.getMessage().contains("newer"), e.getMessage());
  }

  @Test
  void passwordsAreStoredOnlyAsBcryptHashes() throws Exception {
    final String password = "correct horse battery";
    try (Registry r = open()) {
      r.accounts().createUser("test", "op", Role.OPERATOR, null, password);
    }
    // Neither the database nor its write-ahead log holds the password's text.
    for (String f : List.of(Registry.DB_FILE, Registry.DB_FILE + "-wal")) {
      final Path p = dir.resolve(f);
      if (Files.exists(p)) {
        assertFalse(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1).contains(password), f);
      }
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Registry.DB_FILE));
         Statement s = c.createStatement();
         var rs = s.executeQuery("SELECT password_hash FROM users WHERE login = 'op'")) {
      assertTrue(rs.next());
      assertTrue(rs.getString(1).startsWith("$2"), "bcrypt hash expected: " + rs.getString(1));
    }
  }

  @Test
  void logInNeedsTheRightPasswordAnActiveUserAndIsAuditedEitherWay() {
    try (Registry r = open()) {
      final User op = r.accounts().createUser("test", "op", Role.OPERATOR, null, "correct horse battery");
      assertTrue(r.accounts().logIn("op", "correct horse battery", "127.0.0.1").isPresent());
      assertTrue(r.accounts().logIn("op", "wrong horse battery!", "127.0.0.1").isEmpty());
      assertTrue(r.accounts().logIn("nobody", "correct horse battery", "127.0.0.1").isEmpty());
      r.accounts().setActive("test", op, false);
      assertTrue(r.accounts().logIn("op", "correct horse battery", "127.0.0.1").isEmpty());
      final List<String> actions = r.audit().latest(10).stream().map(AuditEntry::action).toList();
      assertEquals(List.of("login-refused", "user-disabled", "login-refused", "login-refused", "login",
          "user-created"), actions);
      assertTrue(r.audit().latest(10).stream().noneMatch(a -> a.detail().contains("horse")),
          "no password in the audit log");
    }
  }

  @Test
  void aUnitUserNeedsAnExistingUnitAndOnlyUnitUsersHaveOne() {
    try (Registry r = open()) {
      assertThrows(RegistryException.class,
          () -> r.accounts().createUser("test", "u", Role.UNIT, null, "correct horse battery"));
      assertThrows(RegistryException.class,
          () -> r.accounts().createUser("test", "u", Role.UNIT, "ghost", "correct horse battery"));
      r.accounts().createUnit("test", "north", null);
      assertThrows(RegistryException.class,
          () -> r.accounts().createUser("test", "c", Role.COUNCIL, "north", "correct horse battery"));
      assertEquals("north", r.accounts().createUser("test", "u", Role.UNIT, "north", "correct horse battery")
          .unit());
    }
  }

  @Test
  void shortPasswordsAndPathLikeIdsAreRefused() {
    try (Registry r = open()) {
      assertThrows(RegistryException.class,
          () -> r.accounts().createUser("test", "op", Role.OPERATOR, null, "short"));
      for (String bad : List.of("../x", "a/b", "..", "", "a b", "<script>")) {
        assertThrows(RegistryException.class, () -> r.accounts().createUnit("test", bad, null), bad);
      }
    }
  }

  @Test
  void aTokenWorksUntilRevokedAndAnAlteredTokenNever() {
    try (Registry r = open()) {
      final User op = r.accounts().createUser("test", "op", Role.OPERATOR, null, "correct horse battery");
      final String token = r.accounts().createToken("test", op, "ci");
      assertTrue(token.startsWith(Secrets.TOKEN_PREFIX));
      assertEquals("op", r.accounts().userOfToken(token).orElseThrow().login());
      final char last = token.charAt(token.length() - 1);
      final String altered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
      assertTrue(r.accounts().userOfToken(altered).isEmpty());
      assertTrue(r.accounts().userOfToken("Bearer " + token).isEmpty());
      final String id = r.accounts().tokens().get(0).id();
      r.accounts().revokeToken("test", id);
      assertTrue(r.accounts().userOfToken(token).isEmpty(), "a revoked token is refused");
      assertTrue(r.audit().latest(20).stream().noneMatch(a -> a.detail().contains(token.substring(17))),
          "no token secret in the audit log");
    }
  }

  @Test
  void theAuditLogIsAppendOnlyInTheDatabaseItself() throws Exception {
    try (Registry r = open()) {
      r.audit().append("test", "login", "user x", "");
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Registry.DB_FILE));
         Statement s = c.createStatement()) {
      assertThrows(SQLException.class, () -> s.execute("UPDATE audit SET actor = 'someone else'"));
      assertThrows(SQLException.class, () -> s.execute("DELETE FROM audit"));
    }
    try (Registry r = open()) {
      assertEquals("test", r.audit().latest(1).get(0).actor());
    }
  }

  @Test
  void accessRulesSeparateUnits() {
    final User a = new User(1, "a", Role.UNIT, "north", true);
    final User b = new User(2, "b", Role.UNIT, "south", true);
    final User council = new User(3, "c", Role.COUNCIL, null, true);
    final User op = new User(4, "o", Role.OPERATOR, null, true);
    final User disabled = new User(5, "d", Role.UNIT, "north", false);
    assertTrue(Access.canSeeUnit(a, "north"));
    assertFalse(Access.canSeeUnit(b, "north"));
    assertFalse(Access.canSeeUnit(disabled, "north"));
    assertFalse(Access.canSeeUnit(null, "north"));
    assertTrue(Access.canSeeUnit(council, "north"));
    assertTrue(Access.canSeeUnit(op, "north"));
    assertTrue(Access.canSubmit(a, "north"));
    assertFalse(Access.canSubmit(a, "south"));
    assertFalse(Access.canSubmit(op, "north"));
    assertFalse(Access.canManage(council));
    assertTrue(Access.canManage(op));
  }
}

package dk.harness.registry;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Units, users, passwords and API tokens. Every change is audited in the same transaction. Callers decide who may
 * make a change ({@link Access}); this class checks the data (names, roles, a unit user's unit exists).
 */
public final class Accounts {
  private final Registry registry;
  private Secrets secrets = new Secrets(10);

  Accounts(Registry registry) {
    this.registry = registry;
  }

  /** Uses other hashing settings (tests use a low bcrypt cost). */
  public void useSecrets(Secrets s) {
    this.secrets = s;
  }

  public Secrets secrets() {
    return secrets;
  }

  // ---- units

  public Unit createUnit(String actor, String id, String name) {
    Names.id("unit id", id);
    final String shownName = name == null || name.isBlank() ? id : name.strip();
    return registry.inTransaction(() -> {
      if (findUnit(id).isPresent()) {
        throw new RegistryException("unit '" + id + "' exists already", "choose another id");
      }
      final String now = registry.now();
      try (PreparedStatement ps = registry.prepare("INSERT INTO units (id, name, created_at) VALUES (?, ?, ?)")) {
        ps.setString(1, id);
        ps.setString(2, shownName);
        ps.setString(3, now);
        ps.executeUpdate();
      }
      registry.audit().insert(actor, "unit-created", "unit " + id, shownName);
      return new Unit(id, shownName, now);
    });
  }

  public Optional<Unit> unit(String id) {
    return registry.inTransaction(() -> findUnit(id));
  }

  private Optional<Unit> findUnit(String id) throws SQLException {
    try (PreparedStatement ps = registry.prepare("SELECT id, name, created_at FROM units WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(new Unit(rs.getString(1), rs.getString(2), rs.getString(3)))
            : Optional.empty();
      }
    }
  }

  public List<Unit> units() {
    return registry.inTransaction(() -> {
      final List<Unit> out = new ArrayList<>();
      try (PreparedStatement ps = registry.prepare("SELECT id, name, created_at FROM units ORDER BY id");
           ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Unit(rs.getString(1), rs.getString(2), rs.getString(3)));
        }
      }
      return out;
    });
  }

  // ---- users

  /**
   * Creates a user with a password.
   *
   * @param unit the owning unit for {@link Role#UNIT}, else null
   */
  public User createUser(String actor, String login, Role role, String unit, String password) {
    if (login == null || !Names.LOGIN.matcher(login).matches()) {
      throw new RegistryException("log-in '" + Names.shown(login) + "' is not valid",
          "use letters, digits, '.', '_', '@' and '-' (at most 64)");
    }
    checkPassword(password);
    if ((role == Role.UNIT) != (unit != null && !unit.isBlank())) {
      throw new RegistryException(role == Role.UNIT ? "a unit user needs a unit" : "only unit users have a unit",
          role == Role.UNIT ? "choose the user's unit" : "leave the unit empty");
    }
    final String hash = secrets.hash(password);
    return registry.inTransaction(() -> {
      if (unit != null && !unit.isBlank() && findUnit(unit).isEmpty()) {
        throw new RegistryException("unit '" + Names.shown(unit) + "' does not exist", "create the unit first");
      }
      if (findUser(login).isPresent()) {
        throw new RegistryException("log-in '" + login + "' is taken", "choose another log-in");
      }
      final long id;
      try (PreparedStatement ps = registry.prepare("INSERT INTO users (login, role, unit_id, password_hash, "
          + "active, created_at) VALUES (?, ?, ?, ?, 1, ?)")) {
        ps.setString(1, login);
        ps.setString(2, role.label());
        ps.setString(3, role == Role.UNIT ? unit : null);
        ps.setString(4, hash);
        ps.setString(5, registry.now());
        ps.executeUpdate();
        try (ResultSet keys = ps.getGeneratedKeys()) {
          keys.next();
          id = keys.getLong(1);
        }
      }
      final User u = new User(id, login, role, role == Role.UNIT ? unit : null, true);
      registry.audit().insert(actor, "user-created", "user " + login, "role " + role.label()
          + (u.unit() != null ? ", unit " + u.unit() : ""));
      return u;
    });
  }

  private static void checkPassword(String password) {
    if (password == null || password.length() < Names.MIN_PASSWORD) {
      throw new RegistryException("the password is too short", "use at least " + Names.MIN_PASSWORD
          + " characters");
    }
  }

  public Optional<User> user(String login) {
    return registry.inTransaction(() -> findUser(login));
  }

  public Optional<User> user(long id) {
    return registry.inTransaction(() -> {
      try (PreparedStatement ps = registry.prepare(USER_COLUMNS + " WHERE id = ?")) {
        ps.setLong(1, id);
        return one(ps);
      }
    });
  }

  private static final String USER_COLUMNS = "SELECT id, login, role, unit_id, active FROM users";

  private Optional<User> findUser(String login) throws SQLException {
    try (PreparedStatement ps = registry.prepare(USER_COLUMNS + " WHERE login = ?")) {
      ps.setString(1, login);
      return one(ps);
    }
  }

  private static Optional<User> one(PreparedStatement ps) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      return rs.next() ? Optional.of(userOf(rs)) : Optional.empty();
    }
  }

  private static User userOf(ResultSet rs) throws SQLException {
    return new User(rs.getLong(1), rs.getString(2), Role.of(rs.getString(3)), rs.getString(4), rs.getInt(5) == 1);
  }

  public List<User> users() {
    return registry.inTransaction(() -> {
      final List<User> out = new ArrayList<>();
      try (PreparedStatement ps = registry.prepare(USER_COLUMNS + " ORDER BY login");
           ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(userOf(rs));
        }
      }
      return out;
    });
  }

  public boolean hasOperator() {
    return registry.inTransaction(() -> {
      try (PreparedStatement ps = registry.prepare("SELECT 1 FROM users WHERE role = 'operator' AND active = 1");
           ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    });
  }

  /**
   * The active user with this log-in and password. Audits the attempt either way ({@code from} says where it came
   * from). Unknown log-ins cost the same time as wrong passwords.
   */
  public Optional<User> logIn(String login, String password, String from) {
    final Optional<String[]> row = registry.inTransaction(() -> {
      try (PreparedStatement ps = registry.prepare("SELECT password_hash, active FROM users WHERE login = ?")) {
        ps.setString(1, login);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(new String[] {rs.getString(1), rs.getString(2)}) : Optional.empty();
        }
      }
    });
    final boolean ok = secrets.matches(password, row.map(r -> r[0]).orElse(null)) && row.get()[1].equals("1");
    final Optional<User> u = ok ? user(login) : Optional.empty();
    // A log-in that names no user is not written down: people type their password into the log-in field.
    registry.audit().append(u.map(User::actor).orElse("anonymous " + from), ok ? "login" : "login-refused",
        row.isPresent() ? "user " + Names.shown(login) : "an unknown log-in", "from " + from);
    return u;
  }

  /** Sets a new password (by the user or an operator). */
  public void setPassword(String actor, User user, String password) {
    checkPassword(password);
    final String hash = secrets.hash(password);
    registry.inTransaction(() -> {
      try (PreparedStatement ps = registry.prepare("UPDATE users SET password_hash = ? WHERE id = ?")) {
        ps.setString(1, hash);
        ps.setLong(2, user.id());
        ps.executeUpdate();
      }
      registry.audit().insert(actor, "password-set", "user " + user.login(), "");
      return null;
    });
  }

  /** Disables or re-enables a user; a disabled user's password and tokens stop working at once. */
  public void setActive(String actor, User user, boolean active) {
    registry.inTransaction(() -> {
      try (PreparedStatement ps = registry.prepare("UPDATE users SET active = ? WHERE id = ?")) {
        ps.setInt(1, active ? 1 : 0);
        ps.setLong(2, user.id());
        ps.executeUpdate();
      }
      registry.audit().insert(actor, active ? "user-enabled" : "user-disabled", "user " + user.login(), "");
      return null;
    });
  }

  // ---- API tokens

  /** Creates a token for {@code user}; returns its text, which is shown once and stored only as a hash. */
  public String createToken(String actor, User user, String label) {
    final String id = secrets.newTokenId();
    final String secret = secrets.newSecret();
    final String hash = secrets.hash(secret);
    final String shownLabel = label == null || label.isBlank() ? "token" : label.strip();
    registry.inTransaction(() -> {
      try (PreparedStatement ps = registry.prepare("INSERT INTO tokens (id, user_id, hash, label, created_at) "
          + "VALUES (?, ?, ?, ?, ?)")) {
        ps.setString(1, id);
        ps.setLong(2, user.id());
        ps.setString(3, hash);
        ps.setString(4, shownLabel);
        ps.setString(5, registry.now());
        ps.executeUpdate();
      }
      registry.audit().insert(actor, "token-created", "token " + id, "for user " + user.login());
      return null;
    });
    return Secrets.TOKEN_PREFIX + id + "_" + secret;
  }

  /** The active user a token text belongs to, if it is well-formed, known, not revoked and matches its hash. */
  public Optional<User> userOfToken(String token) {
    if (token == null || !token.startsWith(Secrets.TOKEN_PREFIX)) {
      return Optional.empty();
    }
    final String rest = token.substring(Secrets.TOKEN_PREFIX.length());
    final int sep = rest.indexOf('_');
    if (sep != 12) {
      return Optional.empty();
    }
    final String id = rest.substring(0, sep);
    final String secret = rest.substring(sep + 1);
    final Optional<Object[]> row = registry.inTransaction(() -> {
      try (PreparedStatement ps = registry.prepare("SELECT t.hash, t.user_id FROM tokens t JOIN users u ON "
          + "u.id = t.user_id WHERE t.id = ? AND t.revoked_at IS NULL AND u.active = 1")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(new Object[] {rs.getString(1), rs.getLong(2)}) : Optional.empty();
        }
      }
    });
    if (!secrets.matches(secret, row.map(r -> (String) r[0]).orElse(null))) {
      return Optional.empty();
    }
    return user((Long) row.get()[1]);
  }

  public List<ApiToken> tokens() {
    return registry.inTransaction(() -> {
      final List<ApiToken> out = new ArrayList<>();
      try (PreparedStatement ps = registry.prepare("SELECT t.id, t.user_id, u.login, t.label, t.created_at, "
          + "t.revoked_at FROM tokens t JOIN users u ON u.id = t.user_id ORDER BY t.created_at, t.id");
           ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new ApiToken(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
              rs.getString(6)));
        }
      }
      return out;
    });
  }

  /** Revokes a token (it stops working at once); revoking twice is a no-op. */
  public void revokeToken(String actor, String tokenId) {
    registry.inTransaction(() -> {
      try (PreparedStatement ps = registry.prepare(
          "UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")) {
        ps.setString(1, registry.now());
        ps.setString(2, tokenId);
        if (ps.executeUpdate() == 0) {
          throw new NotFoundException("active token " + Names.shown(tokenId));
        }
      }
      registry.audit().insert(actor, "token-revoked", "token " + tokenId, "");
      return null;
    });
  }
}

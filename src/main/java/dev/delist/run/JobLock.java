package dev.delist.run;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * Keeps two runs of the same job from overlapping, across processes and machines: a PostgreSQL advisory lock
 * held on its own connection while the run lasts. The database releases it if the process dies.
 */
final class JobLock implements AutoCloseable {

	private final Connection connection;

	private final long key;

	private JobLock(Connection connection, long key) {
		this.connection = connection;
		this.key = key;
	}

	/** @return the lock, or null when another process holds it */
	static JobLock tryAcquire(DataSource dataSource, String jobName) throws SQLException {
		long key = key(jobName);
		Connection connection = dataSource.getConnection();
		try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
			statement.setLong(1, key);
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				if (result.getBoolean(1)) {
					return new JobLock(connection, key);
				}
			}
		}
		connection.close();
		return null;
	}

	/**
	 * Whether some session holds the lock now, asked without taking it: a probe that took the lock, however
	 * briefly, could make a run starting at that moment refuse to start.
	 */
	static boolean isHeld(DataSource dataSource, String jobName) throws SQLException {
		long key = key(jobName);
		// PostgreSQL shows a bigint advisory key as two 32-bit halves: classid the high one, objid the low one
		try (Connection connection = dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement("""
						SELECT EXISTS (SELECT 1 FROM pg_locks
						               WHERE locktype = 'advisory' AND granted AND objsubid = 1
						                 AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
						                 AND classid::bigint = ? AND objid::bigint = ?)""")) {
			statement.setLong(1, key >>> 32);
			statement.setLong(2, key & 0xFFFFFFFFL);
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getBoolean(1);
			}
		}
	}

	private static long key(String jobName) {
		return ("delist:job:" + jobName).hashCode();
	}

	@Override
	public void close() throws SQLException {
		try (PreparedStatement statement = this.connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
			statement.setLong(1, this.key);
			statement.execute();
		}
		finally {
			this.connection.close();
		}
	}

}

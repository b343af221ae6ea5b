package org.openneighbourhood.api.schema.control;

import java.sql.CallableStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Logger;
import org.hibernate.boot.model.TypeContributions;
import org.hibernate.boot.model.TypeContributor;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.descriptor.ValueExtractor;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.BasicExtractor;
import org.hibernate.type.descriptor.jdbc.UUIDJdbcType;

/**
 * Reads uuid columns with {@code getObject(int)}, which PostgreSQL's driver answers with a {@link
 * java.util.UUID}, instead of Hibernate's {@code getObject(int, UUID.class)}: Payara's pooled
 * result sets implement that JDBC 4.1 method by looking it up by reflection at every call, which
 * cost about 4% of the API's CPU on list pages and plan views, where every row has several ids
 * (JFR, deployment/BENCHMARK.md). Writing is Hibernate's own. Registered as a Hibernate type
 * contributor (META-INF/services), so it replaces the dialect's type for every uuid column.
 */
public final class UuidColumns implements TypeContributor {

  private static final Logger LOG = Logger.getLogger(UuidColumns.class.getName());

  @Override
  public void contribute(TypeContributions contributions, ServiceRegistry serviceRegistry) {
    contributions.contributeJdbcType(UuidReadAsObject.INSTANCE);
    LOG.fine("uuid columns are read with getObject(int)");
  }

  /** Hibernate's uuid type, reading the driver's own object. */
  public static final class UuidReadAsObject extends UUIDJdbcType {

    private static final long serialVersionUID = 1L;

    static final UuidReadAsObject INSTANCE = new UuidReadAsObject();

    @Override
    public <X> ValueExtractor<X> getExtractor(JavaType<X> javaType) {
      return new BasicExtractor<>(javaType, this) {
        @Override
        protected X doExtract(ResultSet rs, int paramIndex, WrapperOptions options)
            throws SQLException {
          return javaType.wrap(rs.getObject(paramIndex), options);
        }

        @Override
        protected X doExtract(CallableStatement statement, int index, WrapperOptions options)
            throws SQLException {
          return javaType.wrap(statement.getObject(index), options);
        }

        @Override
        protected X doExtract(CallableStatement statement, String name, WrapperOptions options)
            throws SQLException {
          return javaType.wrap(statement.getObject(name), options);
        }
      };
    }
  }
}

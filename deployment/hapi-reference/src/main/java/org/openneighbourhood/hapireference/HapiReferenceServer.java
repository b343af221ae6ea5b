package org.openneighbourhood.hapireference;

import ca.uhn.fhir.batch2.jobs.config.Batch2JobsConfig;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import ca.uhn.fhir.jpa.api.config.ThreadPoolFactoryConfig;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirSystemDao;
import ca.uhn.fhir.jpa.batch2.JpaBatch2Config;
import ca.uhn.fhir.jpa.binary.api.IBinaryStorageSvc;
import ca.uhn.fhir.jpa.binstore.MemoryBinaryStorageSvcImpl;
import ca.uhn.fhir.jpa.config.HapiJpaConfig;
import ca.uhn.fhir.jpa.config.r4.JpaR4Config;
import ca.uhn.fhir.jpa.config.util.HapiEntityManagerFactoryUtil;
import ca.uhn.fhir.jpa.model.config.PartitionSettings;
import ca.uhn.fhir.jpa.model.config.SubscriptionSettings;
import ca.uhn.fhir.jpa.model.dialect.HapiFhirPostgresDialect;
import ca.uhn.fhir.jpa.model.entity.StorageSettings;
import ca.uhn.fhir.jpa.provider.DaoRegistryResourceSupportedSvc;
import ca.uhn.fhir.jpa.search.DatabaseBackedPagingProvider;
import ca.uhn.fhir.jpa.search.IStaleSearchDeletingSvc;
import ca.uhn.fhir.jpa.search.StaleSearchDeletingSvcImpl;
import ca.uhn.fhir.jpa.subscription.channel.config.SubscriptionChannelConfig;
import ca.uhn.fhir.narrative2.NullNarrativeGenerator;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.api.IResourceSupportedSvc;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.provider.ResourceProviderFactory;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import java.util.Properties;
import javax.sql.DataSource;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/**
 * A HAPI FHIR JPA server for R4 on PostgreSQL, as HAPI's own starter project configures one by
 * default, for the benchmark to measure beside the service in the same run (issue 17 asks for three
 * times its creates and searches). Plain Spring and Jetty rather than the starter's Spring Boot,
 * which is not published as a library: the same HAPI storage, DAOs and resource providers.
 *
 * <p>Given as system properties: {@code hapi.port}, {@code hapi.jdbc-url}, {@code hapi.jdbc-user},
 * {@code hapi.jdbc-password} and {@code hapi.pool-size} (16 by default, the service's own pool). It
 * creates its schema on an empty database (Hibernate's {@code update}, as the starter does) and
 * prints {@value #READY} and its address when it answers.
 */
public final class HapiReferenceServer {

  /** The line the benchmark waits for on standard output. */
  public static final String READY = "HAPI FHIR JPA reference server ready on ";

  private HapiReferenceServer() {}

  /** HAPI's JPA storage with the starter's defaults where they differ from HAPI's own. */
  @Configuration
  @EnableTransactionManagement
  @Import({
    JpaR4Config.class,
    HapiJpaConfig.class,
    JpaBatch2Config.class,
    Batch2JobsConfig.class,
    SubscriptionChannelConfig.class,
    ThreadPoolFactoryConfig.class
  })
  public static class Storage {

    @Bean
    public DataSource dataSource() {
      HikariConfig pool = new HikariConfig();
      pool.setJdbcUrl(required("hapi.jdbc-url"));
      pool.setUsername(required("hapi.jdbc-user"));
      pool.setPassword(required("hapi.jdbc-password"));
      pool.setMaximumPoolSize(Integer.getInteger("hapi.pool-size", 16));
      return new HikariDataSource(pool);
    }

    @Bean
    public JpaStorageSettings storageSettings() {
      JpaStorageSettings settings = new JpaStorageSettings();
      // the starter's default: no index rows for the search parameters a resource lacks
      settings.setIndexMissingFields(StorageSettings.IndexEnabledEnum.DISABLED);
      return settings;
    }

    @Bean
    public PartitionSettings partitionSettings() {
      return new PartitionSettings();
    }

    @Bean
    public SubscriptionSettings subscriptionSettings() {
      return new SubscriptionSettings();
    }

    @Bean
    @Primary
    public LocalContainerEntityManagerFactoryBean entityManagerFactory(
        ConfigurableListableBeanFactory beans,
        FhirContext fhir,
        JpaStorageSettings settings,
        DataSource dataSource) {
      LocalContainerEntityManagerFactoryBean factory =
          HapiEntityManagerFactoryUtil.newEntityManagerFactory(beans, fhir, settings);
      factory.setPersistenceUnitName("HAPI_PU");
      factory.setDataSource(dataSource);
      Properties hibernate = new Properties();
      hibernate.put("hibernate.dialect", HapiFhirPostgresDialect.class.getName());
      hibernate.put("hibernate.hbm2ddl.auto", "update");
      hibernate.put("hibernate.search.enabled", "false");
      factory.setJpaProperties(hibernate);
      return factory;
    }

    @Bean
    @Primary
    public JpaTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
      return new JpaTransactionManager(entityManagerFactory);
    }

    @Bean
    public IStaleSearchDeletingSvc staleSearchDeletingSvc() {
      return new StaleSearchDeletingSvcImpl();
    }

    @Bean
    public DatabaseBackedPagingProvider databaseBackedPagingProvider() {
      return new DatabaseBackedPagingProvider();
    }

    @Bean
    public IResourceSupportedSvc resourceSupportedSvc(DaoRegistry daos) {
      return new DaoRegistryResourceSupportedSvc(daos);
    }

    @Bean
    public IBinaryStorageSvc binaryStorage() {
      return new MemoryBinaryStorageSvcImpl();
    }

    @Bean
    public RestfulServer restfulServer(
        IFhirSystemDao<?, ?> system,
        ResourceProviderFactory providers,
        DatabaseBackedPagingProvider paging) {
      FhirContext fhir = system.getContext();
      fhir.setNarrativeGenerator(new NullNarrativeGenerator());
      RestfulServer server = new RestfulServer(fhir);
      server.registerProviders(providers.createProviders());
      server.setPagingProvider(paging);
      server.setDefaultResponseEncoding(EncodingEnum.JSON);
      return server;
    }
  }

  public static void main(String[] args) throws Exception {
    AnnotationConfigApplicationContext spring =
        new AnnotationConfigApplicationContext(Storage.class);
    Server jetty = new Server(Integer.parseInt(required("hapi.port")));
    ServletContextHandler root = new ServletContextHandler("/");
    root.addServlet(new ServletHolder(spring.getBean(RestfulServer.class)), "/fhir/*");
    jetty.setHandler(root);
    jetty.setStopAtShutdown(true);
    Runtime.getRuntime().addShutdownHook(new Thread(spring::close, "stop-hapi-storage"));
    jetty.start();
    System.out.println(READY + jetty.getURI() + "fhir");
    jetty.join();
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("Set -D" + property);
    }
    return value;
  }
}

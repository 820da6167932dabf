package org.gazette.solr;

import static org.gazette.solr.SolrCalls.call;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.UpdateResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.gazette.StoreOpener;
import org.gazette.index.DocumentMapper;
import org.gazette.index.EntityNames;
import org.gazette.index.IndexFields;
import org.gazette.index.IndexSchema;
import org.gazette.model.EntityNetwork;
import org.gazette.model.EntityProfile;
import org.gazette.model.EntityType;
import org.gazette.model.ExportSink;
import org.gazette.model.Facet;
import org.gazette.model.FacetResult;
import org.gazette.model.IndexStats;
import org.gazette.model.IndexedArticle;
import org.gazette.model.SearchQuery;
import org.gazette.model.SearchResult;
import org.gazette.store.ArticleStore;

/**
 * Articles kept in a SolrCloud collection: written as the same {@link
 * org.gazette.index.ArticleTerms} the embedded index writes (as {@link SolrDocuments}), read back,
 * searched with the embedded index's rules ({@link SolrSearch}), curated with rules kept in
 * ZooKeeper beside the collection for every process that uses it.
 *
 * <p>What a returned write means: {@link #upsert} and {@link #delete} return only when the change
 * reached the transaction logs of at least two replicas of its shard (every replica when the
 * collection keeps fewer), as Solr reports the achieved replication factor; otherwise they throw
 * and the change counts as not made (it may still be applied later). {@link #commit} is a hard
 * commit that opens a new searcher and waits for it on every replica: what was written before it is
 * on disk and visible when it returns.
 */
public final class SolrStore implements ArticleStore {
  /** Ids read per request when listing the articles of a value. */
  private static final int PAGE = 1000;

  private final CloudSolrClient client;
  private final EntityNames names;
  private final DocumentMapper mapper;
  private final int requiredReplicas;
  private final SolrLabels labels;
  private final SolrSearch search;
  private volatile long lastRefreshNanos;

  /**
   * A store over the default collection of {@code client} (see {@link SolrCollectionSetup}).
   *
   * @param names the curation rules and canonical names to map entities with
   */
  public SolrStore(CloudSolrClient client, EntityNames names) {
    this(client, names, Duration.ofSeconds(5));
  }

  /**
   * @param timeout the time budget of one search, facet value search or profile
   */
  public SolrStore(CloudSolrClient client, EntityNames names, Duration timeout) {
    this.client = client;
    this.labels = new SolrLabels(client);
    this.search = new SolrSearch(client, names, labels, timeout);
    this.names = names;
    this.mapper = new DocumentMapper(new IndexSchema(), names);
    var collection = client.getClusterState().getCollection(client.getDefaultCollection());
    int fewest =
        collection.getSlices().stream().mapToInt(s -> s.getReplicas().size()).min().orElse(1);
    this.requiredReplicas = Math.min(2, fewest);
  }

  /**
   * Opens the collection at {@code address} (created when missing) as a {@link
   * org.gazette.NewsIndex}'s store.
   */
  public static StoreOpener opener(
      SolrAddress address, String collection, int shards, int replicas, Duration timeout) {
    return (config, names) ->
        new SolrStore(
            SolrCollectionSetup.open(address, collection, shards, replicas, timeout, s -> {}),
            names,
            config.queryTimeout());
  }

  @Override
  public void upsert(IndexedArticle article, String contentHash) throws IOException {
    UpdateResponse done =
        call(() -> client.add(SolrDocuments.of(mapper.terms(article, contentHash))));
    requireReplicas(done, "storing " + article.article().id());
  }

  @Override
  public void delete(String id) throws IOException {
    requireReplicas(call(() -> client.deleteById(id)), "deleting " + id);
  }

  /** Throws unless the change reached as many replicas as a returned write promises. */
  private void requireReplicas(UpdateResponse done, String what) throws IOException {
    int reached =
        client.getMinAchievedReplicationFactor(client.getDefaultCollection(), done.getResponse());
    if (reached >= 0 && reached < requiredReplicas) {
      throw new org.gazette.store.StoreUnavailableException(
          what
              + " reached "
              + reached
              + " replica(s) of its shard, fewer than the "
              + requiredReplicas
              + " a stored article needs: a replica is down or recovering; try again",
          null);
    }
  }

  @Override
  public void commit() throws IOException {
    long start = System.nanoTime();
    call(() -> client.commit(true, true));
    labels.clear();
    lastRefreshNanos = System.nanoTime() - start;
  }

  /** How long the last commit took, the whole hard commit included. */
  @Override
  public Duration lastRefresh() {
    return Duration.ofNanos(lastRefreshNanos);
  }

  @Override
  public Optional<IndexedArticle> get(String id) throws IOException {
    SolrDocument doc = call(() -> client.getById(id));
    if (doc == null) {
      return Optional.empty();
    }
    return Optional.of(
        DocumentMapper.fromStored(
            field -> {
              Object v = doc.getFirstValue(field);
              return v == null ? null : v.toString();
            },
            field -> {
              var all = doc.getFieldValues(field);
              return all == null ? List.of() : all.stream().map(Object::toString).toList();
            }));
  }

  @Override
  public Optional<String> contentHash(String id) throws IOException {
    ModifiableSolrParams fields = new ModifiableSolrParams();
    fields.set("fl", IndexFields.CONTENT_HASH);
    SolrDocument doc = call(() -> client.getById(id, fields));
    return doc == null
        ? Optional.empty()
        : Optional.ofNullable(doc.getFirstValue(IndexFields.CONTENT_HASH)).map(Object::toString);
  }

  @Override
  public List<String> idsWithExtractedKey(Facet facet, String key) throws IOException {
    SolrQuery query = new SolrQuery("*:*");
    query.addFilterQuery("{!term f=" + IndexFields.extractedKeys(facet) + "}" + key);
    query.setFields(IndexFields.ID).setRows(PAGE).setSort(IndexFields.ID, SolrQuery.ORDER.asc);
    List<String> ids = new ArrayList<>();
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      query.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse page = call(() -> client.query(query));
      page.getResults().forEach(d -> ids.add(d.getFirstValue(IndexFields.ID).toString()));
      if (cursor.equals(page.getNextCursorMark())) {
        return ids;
      }
      cursor = page.getNextCursorMark();
    }
  }

  /**
   * The label of a value: the names the articles gave it counted by Solr ({@code form.*} terms
   * under the key), chosen as the embedded index chooses, under the curation in force.
   */
  @Override
  public String label(Facet facet, String key) throws IOException {
    try {
      return labels.naming(names).label(facet, key);
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
  }

  @Override
  public int count() throws IOException {
    return Math.toIntExact(
        call(() -> client.query(new SolrQuery("*:*").setRows(0))).getResults().getNumFound());
  }

  @Override
  public SearchResult search(SearchQuery query) throws IOException {
    return search.search(query);
  }

  @Override
  public FacetResult facetValues(Facet facet, String prefix, SearchQuery query, int size)
      throws IOException {
    return search.facetValues(facet, prefix, query, size);
  }

  @Override
  public Optional<EntityProfile> profile(EntityType type, String name, SearchQuery query, int size)
      throws IOException {
    return search.profile(type, name, query, size);
  }

  @Override
  public long export(SearchQuery query, boolean withBody, ExportSink sink) throws IOException {
    return search.export(query, withBody, sink);
  }

  @Override
  public EntityNetwork network(SearchQuery query, int maxNodes) throws IOException {
    return search.network(query, maxNodes);
  }

  /**
   * The number of articles, the distinct values per facet, and the size and last commit of the
   * shard leaders' indexes as Solr's collection status reports them.
   */
  @Override
  public IndexStats stats() throws IOException {
    CollectionStatus status = CollectionStatus.of(client);
    return new IndexStats(count(), status.sizeBytes(), search.valueCounts(), status.lastCommit());
  }

  /** How long a read of the shared curation rules is kept before ZooKeeper is asked again. */
  private static final long CURATION_KEPT_NANOS = 2_000_000_000L;

  /** The rules when there are none yet, as {@code curation.json} writes them. */
  private static final String NO_RULES =
      org.gazette.index.CurationFile.toJson(org.gazette.index.Curation.NONE);

  private volatile String curationRead;
  private volatile long curationReadAt;

  /** The ZooKeeper node of the collection's curation rules, beside the collection's own state. */
  private String curationNode() {
    return "/collections/" + client.getDefaultCollection() + "/gazette-curation.json";
  }

  /**
   * The curation rules kept in ZooKeeper with the collection, so that every Gazette process over it
   * curates alike: read again after {@link #CURATION_KEPT_NANOS}.
   */
  @Override
  public Optional<String> sharedCuration() throws IOException {
    String read = curationRead;
    if (read == null || System.nanoTime() - curationReadAt > CURATION_KEPT_NANOS) {
      read = readCuration(null);
      curationRead = read;
      curationReadAt = System.nanoTime();
    }
    return Optional.of(read);
  }

  private String readCuration(org.apache.zookeeper.data.Stat stat) throws IOException {
    var zk = org.apache.solr.common.cloud.ZkStateReader.from(client).getZkClient();
    try {
      if (!zk.exists(curationNode(), true)) {
        return NO_RULES;
      }
      return new String(
          zk.getData(curationNode(), null, stat, true), java.nio.charset.StandardCharsets.UTF_8);
    } catch (org.apache.zookeeper.KeeperException.NoNodeException e) {
      return NO_RULES;
    } catch (org.apache.zookeeper.KeeperException e) {
      throw new IOException("ZooKeeper refused to read the curation rules: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading the curation rules", e);
    }
  }

  @Override
  public boolean replaceSharedCuration(String previous, String next) throws IOException {
    var zk = org.apache.solr.common.cloud.ZkStateReader.from(client).getZkClient();
    byte[] bytes = next.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    curationRead = null;
    try {
      var stat = new org.apache.zookeeper.data.Stat();
      String current = readCuration(stat);
      if (!current.equals(previous)) {
        return false;
      }
      if (!zk.exists(curationNode(), true)) {
        zk.create(curationNode(), bytes, org.apache.zookeeper.CreateMode.PERSISTENT, true);
      } else {
        // Only over the version read: another process's change in between fails this one.
        zk.setData(curationNode(), bytes, stat.getVersion(), true);
      }
      curationRead = next;
      curationReadAt = System.nanoTime();
      return true;
    } catch (org.apache.zookeeper.KeeperException.BadVersionException
        | org.apache.zookeeper.KeeperException.NodeExistsException e) {
      return false;
    } catch (org.apache.zookeeper.KeeperException e) {
      throw new IOException("ZooKeeper refused to store the curation rules: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while storing the curation rules", e);
    }
  }

  @Override
  public void close() throws IOException {
    client.close();
  }
}

"""LlamaIndex at the seams: newsqa as a retriever, query engine and chat engine; Documents in."""

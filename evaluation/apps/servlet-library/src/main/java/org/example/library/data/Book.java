package org.example.library.data;

public class Book {

  private final long id;
  private final String isbn;
  private final String title;
  private final String author;
  private final int year;
  private final int available;

  public Book(long id, String isbn, String title, String author, int year, int available) {
    this.id = id;
    this.isbn = isbn;
    this.title = title;
    this.author = author;
    this.year = year;
    this.available = available;
  }

  public long getId() {
    return id;
  }

  public String getIsbn() {
    return isbn;
  }

  public String getTitle() {
    return title;
  }

  public String getAuthor() {
    return author;
  }

  public int getYear() {
    return year;
  }

  public int getAvailable() {
    return available;
  }
}

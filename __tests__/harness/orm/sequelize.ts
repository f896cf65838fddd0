import { DataTypes, Sequelize } from 'sequelize';
import { QueryCounter } from './counter';
import { SqliteFile } from './sqlite-file';
import { plainItems, type OrmHarness } from './types';

/** Sequelize 6 on SQLite through `sqlite3`; queries are counted by Sequelize's `logging` option. */
export async function openSequelize(): Promise<OrmHarness> {
  const sqlite = new SqliteFile('sequelize');
  const counter = new QueryCounter();
  const sequelize = new Sequelize({ dialect: 'sqlite', storage: sqlite.file, logging: (sql) => counter.record(sql) });
  const options = { timestamps: false } as const;
  const User = sequelize.define('User', {
    id: { type: DataTypes.INTEGER, primaryKey: true },
    name: { type: DataTypes.TEXT, allowNull: false },
    email: { type: DataTypes.TEXT, allowNull: false, unique: true },
  }, { ...options, tableName: 'users' });
  const Post = sequelize.define('Post', {
    id: { type: DataTypes.INTEGER, primaryKey: true },
    authorId: { type: DataTypes.INTEGER, allowNull: false },
    title: { type: DataTypes.TEXT, allowNull: false },
    createdAt: { type: DataTypes.INTEGER, allowNull: false },
  }, { ...options, tableName: 'posts' });
  const Comment = sequelize.define('Comment', {
    id: { type: DataTypes.INTEGER, primaryKey: true },
    postId: { type: DataTypes.INTEGER, allowNull: false },
    body: { type: DataTypes.TEXT, allowNull: false },
    createdAt: { type: DataTypes.INTEGER, allowNull: false },
  }, { ...options, tableName: 'comments' });
  User.hasMany(Post, { foreignKey: 'authorId', as: 'posts' });
  Post.belongsTo(User, { foreignKey: 'authorId', as: 'author' });
  Post.hasMany(Comment, { foreignKey: 'postId', as: 'comments' });
  Comment.belongsTo(Post, { foreignKey: 'postId', as: 'post' });
  await counter.uncounted(() => sequelize.authenticate());
  return {
    orm: 'sequelize',
    engine: 'sqlite',
    counter,
    makeDb: () => ({ sequelize, User, Post, Comment }),
    load: async (data) => sqlite.load(data),
    dump: async () => sqlite.dump(),
    prepareItems: plainItems,
    close: async () => {
      await sequelize.close();
      sqlite.close();
    },
  };
}
